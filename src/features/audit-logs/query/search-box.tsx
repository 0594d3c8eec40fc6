import './search-box.css'

import { useQueryClient } from '@tanstack/react-query'
import type { KeyboardEvent } from 'react'
import { lazy, Suspense, useEffect, useId, useMemo, useRef, useState } from 'react'
import { flushSync } from 'react-dom'

import { auditLogListOptions } from '@/features/audit-logs/api/get-audit-logs'
import type { AuditLogList } from '@/features/audit-logs/list/use-audit-log-list'
import { withQuery } from '@/features/audit-logs/search/search-transitions'
import { describeError } from '@/lib/http/describe-error'
import { messages } from '@/lib/i18n'
import { queryMessages } from '@/lib/i18n/query-messages'
import { EMPTY_FILTERS } from '@/sources/audit-search'
import type { RequestMethodOf } from '@/sources/audit-source'
import { useSourceClient } from '@/sources/source-client-context'

import { cachedEntries, knownValues } from './known-values'
import type { QueryError, QueryLookup } from './parse-query'
import { parseQuery, printQuery } from './parse-query'
import type { QueryContext } from './query-context'
import { NOTHING_KNOWN } from './query-context'
import type { Suggestions } from './query-suggestions'
import { suggest } from './query-suggestions'

const BodyScan = lazy(() => import('@/features/audit-logs/scan/body-scan'))

const m = queryMessages

export interface SearchBoxProps {
  list: AuditLogList
  /** The input's id, shared with the placeholder it replaces. */
  inputId: string
  /** Text typed before the box loaded. */
  initialText?: string
  /** Take the focus on mount (the placeholder had it). */
  focusOnMount?: boolean
}

type LookupState =
  { id: string; state: 'finding' } | { id: string; state: 'none' } | { id: string; state: 'failed'; reason: string }

/**
 * The search box: the list's filters and range as query text (the chips and the box are two views
 * of the URL), suggestions while typing, a lone id opening its entry, and words without a key
 * handed to a scan of the entries. Nothing changes until Enter, and a query with a problem changes
 * nothing at all.
 */
export default function SearchBox({ list, inputId, initialText, focusOnMount }: SearchBoxProps) {
  const client = useSourceClient()
  const queryClient = useQueryClient()
  const { search, zone, now, source } = list
  const [words, setWords] = useState<string[]>([])
  const printed = printQuery(search.filters, search.range, { zone }, words)
  const [text, setText] = useState(initialText ?? printed)
  const [errors, setErrors] = useState<QueryError[]>([])
  // The text the errors were found in: their offsets point into it, not into later edits.
  const [checked, setChecked] = useState('')
  // The URL changed under the box (a chip, Back, a saved view): the box shows the new state.
  const [shown, setShown] = useState(printed)
  if (shown !== printed) {
    setShown(printed)
    setText(printed)
    setErrors([])
  }
  const [lookup, setLookup] = useState<LookupState>()
  const [caret, setCaret] = useState<number | undefined>(undefined)
  const [active, setActive] = useState(-1)
  const [known, setKnown] = useState(NOTHING_KNOWN)
  const [methodOf, setMethodOf] = useState<RequestMethodOf>()
  useEffect(() => {
    let current = true
    // The vendor's method map comes in its own chunk (already loaded with the decoder, as a rule).
    source.loadRequestMethods?.().then(
      (map) => current && setMethodOf(() => map),
      () => {}, // `method:` then says the map is not loaded; everything else works without it
    )
    return () => {
      current = false
    }
  }, [source])
  const input = useRef<HTMLInputElement>(null)
  const ids = useId()
  const listboxId = `${ids}-suggestions`
  const errorsId = `${ids}-errors`

  const context: QueryContext = useMemo(
    () => ({ source, zone, now, known, current: search.filters, methodOf }),
    [source, zone, now, known, search.filters, methodOf],
  )
  const suggestions: Suggestions | undefined = useMemo(
    () => (caret === undefined ? undefined : suggest(text, caret, context)),
    [text, caret, context],
  )
  const items = suggestions?.items ?? []
  const open = items.length > 0

  const readCaret = () => setCaret(input.current?.selectionStart ?? undefined)
  const learn = () => setKnown(knownValues(cachedEntries(queryClient, client)))

  function accept(index: number) {
    const item = items[index]
    if (!item || !suggestions) return
    const { start, end } = suggestions.replace
    const next = text.slice(0, start) + item.insert + text.slice(end)
    const at = start + item.insert.length
    // Committed now, so the caret goes after the insert before the next key: placed a frame
    // later, it was pulled back in front of whatever a quick typist had typed meanwhile.
    flushSync(() => {
      setText(next)
      setActive(-1)
      setCaret(at)
    })
    input.current?.setSelectionRange(at, at)
  }

  async function findRequest(id: string) {
    setLookup({ id, state: 'finding' })
    const found = withQuery(search, { ...EMPTY_FILTERS, requestIds: [{ id }] }, {})
    try {
      const page = await queryClient.fetchQuery(auditLogListOptions(client, found))
      const first = page.events[0]
      if (!first) return setLookup({ id, state: 'none' })
      setLookup(undefined)
      list.update(() => found, { toEntry: first.id })
    } catch (error) {
      setLookup({ id, state: 'failed', reason: describeError(error).title })
    }
  }

  function run(target: QueryLookup) {
    if (target.kind === 'entry') list.openEntry(target.id)
    else void findRequest(target.id)
  }

  function apply() {
    const result = parseQuery(text, context)
    setCaret(undefined)
    setLookup(undefined)
    if (!result.ok) {
      setErrors(result.errors)
      setChecked(text)
      const first = result.errors[0]!
      // The first offending term is selected, so it is marked where it was typed.
      input.current?.setSelectionRange(first.start, first.end)
      return
    }
    setErrors([])
    if (result.lookup) {
      // The id has done its work: the box shows the search in force again, behind the entry.
      setText(printed)
      return run(result.lookup)
    }
    setWords(result.words)
    list.update((current) => withQuery(current, result.filters, result.range))
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!open) return readCaret()
      event.preventDefault()
      const last = items.length - 1
      setActive((current) =>
        event.key === 'ArrowDown' ? (current >= last ? 0 : current + 1) : current <= 0 ? last : current - 1,
      )
    } else if (event.key === 'Enter') {
      event.preventDefault()
      if (open && active >= 0) accept(active)
      else apply()
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault()
        setCaret(undefined)
        setActive(-1)
      } else if (text !== printed || errors.length) {
        event.preventDefault()
        setText(printed)
        setErrors([])
      }
    }
  }

  return (
    <div className="search-box">
      <form
        role="search"
        className="search-bar"
        onSubmit={(event) => {
          event.preventDefault()
          apply()
        }}
      >
        <input
          ref={input}
          id={inputId}
          className="search-input"
          type="text"
          role="combobox"
          aria-label={messages.list.search.label}
          aria-expanded={open}
          aria-controls={listboxId}
          aria-autocomplete="list"
          aria-activedescendant={open && active >= 0 ? `${listboxId}-${items[active]!.id}` : undefined}
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby={errors.length ? errorsId : undefined}
          placeholder={messages.list.search.placeholder}
          autoComplete="off"
          spellCheck={false}
          autoFocus={focusOnMount}
          value={text}
          onChange={(event) => {
            setText(event.target.value)
            setCaret(event.target.selectionStart ?? undefined)
            setActive(-1)
          }}
          onFocus={() => {
            learn()
            readCaret()
          }}
          onClick={readCaret}
          onKeyUp={(event) => {
            if (event.key === 'ArrowLeft' || event.key === 'ArrowRight' || event.key === 'Home' || event.key === 'End')
              readCaret()
          }}
          onBlur={() => setCaret(undefined)}
          onKeyDown={onKeyDown}
        />
        <button type="submit" className="button">
          {m.apply}
        </button>
        <ul id={listboxId} role="listbox" aria-label={m.suggestions} className="search-suggestions" hidden={!open}>
          {items.map((item, index) => (
            <li
              key={item.id}
              id={`${listboxId}-${item.id}`}
              role="option"
              aria-selected={index === active}
              className="search-suggestion"
              // Keeps the focus in the box; the click then takes the suggestion.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => accept(index)}
            >
              <span className="search-suggestion-label">{item.label}</span>
              {item.detail && <span className="search-suggestion-detail">{item.detail}</span>}
            </li>
          ))}
        </ul>
      </form>
      {errors.length > 0 && (
        <div id={errorsId} role="alert" className="search-errors">
          <p className="search-errors-title">{m.errorsTitle(errors.length)}</p>
          <ul>
            {errors.map((error) => (
              <li key={`${error.start}-${error.end}`}>
                <mark className="search-error-term">{checked.slice(error.start, error.end) || ' '}</mark>{' '}
                {error.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {lookup && (
        <p role="status" className={lookup.state === 'finding' ? 'muted search-lookup' : 'search-lookup'}>
          {lookup.state === 'finding'
            ? m.findingRequest(lookup.id)
            : lookup.state === 'none'
              ? m.noSuchRequest(lookup.id)
              : m.requestLookupFailed(lookup.id, lookup.reason)}
        </p>
      )}
      {words.length > 0 && (
        <Suspense fallback={null}>
          <BodyScan search={search} words={words} zone={zone} onDismiss={() => setWords([])} />
        </Suspense>
      )}
    </div>
  )
}
