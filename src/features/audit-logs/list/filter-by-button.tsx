import { Icon } from '@/components/ui/icon'
import type { PartyKey } from '@/features/audit-logs/search/search-transitions'
import { messages } from '@/lib/i18n'
import type { AuditParty } from '@/sources/audit-event'

import { useListCells } from './list-cell-context'

const NOUNS: Readonly<Record<PartyKey, string>> = messages.parties.nouns

/** "Filter by this actor/target": adds an id filter named for people. */
export function FilterByButton({ kind, party }: { kind: PartyKey; party: AuditParty }) {
  const { filterBy, canFilterBy } = useListCells()
  if (!party.id || !canFilterBy(kind)) return null
  const id = party.id
  const name = party.name || id
  return (
    <button
      type="button"
      className="filter-by"
      aria-label={messages.parties.filterBy(NOUNS[kind], name)}
      title={messages.parties.filterByTitle(NOUNS[kind])}
      onClick={(event) => {
        // Rows open the drawer on click; this button only filters.
        event.stopPropagation()
        filterBy(kind, party.name ? { id, name: party.name } : { id })
      }}
    >
      <Icon name="filter" size={13} />
    </button>
  )
}
