import { startTransition, Suspense, useState } from 'react'

import { SEARCH_INPUT_ID } from '@/features/audit-logs/list/page-ids'
import type { AuditLogList } from '@/features/audit-logs/list/use-audit-log-list'
import { messages } from '@/lib/i18n'
import { preloadableComponent } from '@/lib/lazy/preloadable-component'

// The query language, its suggestions and its words load once the first rows are painted (or
// when the box is focused first); until then an input that looks the same keeps what is typed.
const SearchBox = preloadableComponent(async () => (await import('./search-box')).default)
/** Resolves once the box renders at once (tests load it before rendering the page). */
export const loadSearchBox = SearchBox.load

/** "Search audit logs", above the filter chips. */
export function SearchBar({ list }: { list: AuditLogList }) {
  const [armed, setArmed] = useState(false)
  const [typed, setTyped] = useState<string>()
  const [focused, setFocused] = useState(false)
  const arm = () => startTransition(() => setArmed(true))

  const placeholder = (
    <form role="search" className="search-bar" onSubmit={(event) => event.preventDefault()}>
      <input
        id={SEARCH_INPUT_ID}
        className="search-input"
        type="text"
        aria-label={messages.list.search.label}
        placeholder={messages.list.search.placeholder}
        autoComplete="off"
        spellCheck={false}
        value={typed ?? ''}
        onChange={(event) => setTyped(event.target.value)}
        onPointerEnter={SearchBox.preload}
        onFocus={() => {
          setFocused(true)
          arm()
        }}
        onBlur={() => setFocused(false)}
      />
    </form>
  )
  if (!armed && !list.firstPainted) return placeholder
  return (
    <Suspense fallback={placeholder}>
      <SearchBox.Component list={list} inputId={SEARCH_INPUT_ID} initialText={typed} focusOnMount={focused} />
    </Suspense>
  )
}
