import { Icon } from '@/components/ui/icon'
import type { PartyKey, SearchUpdate } from '@/features/audit-logs/search/search-transitions'
import { withoutParty, withoutStatusCode } from '@/features/audit-logs/search/search-transitions'
import { messages } from '@/lib/i18n'
import type { AuditFilters, PartyRef } from '@/sources/audit-search'

const TITLES: Readonly<Record<PartyKey, string>> = messages.parties.titles

/**
 * Chips for "filter by this" choices (one actor or target, by id, named for people) and for single
 * status codes chosen in the search box, each with its remove button.
 */
export function PartyFilterChips({
  filters,
  onSearchChange,
}: {
  filters: AuditFilters
  onSearchChange: (update: SearchUpdate) => void
}) {
  const chips = [
    ...(Object.keys(TITLES) as PartyKey[]).flatMap((key) =>
      (filters[key] ?? []).map((party: PartyRef) => ({
        id: `${key}-${party.id}`,
        label: messages.parties.chip(TITLES[key], party.name ?? party.id),
        title: party.id,
        remove: () => onSearchChange((current) => withoutParty(current, key, party.id)),
      })),
    ),
    ...(filters.statusCodes ?? []).map((code) => ({
      id: `code-${code}`,
      label: messages.parties.chip(messages.filters.statusCode, String(code)),
      title: undefined,
      remove: () => onSearchChange((current) => withoutStatusCode(current, code)),
    })),
  ]
  if (chips.length === 0) return null

  return (
    <ul className="party-chips" aria-label={messages.parties.chosen}>
      {chips.map(({ id, label, title, remove }) => (
        <li key={id} className="chip chip-static" data-active>
          <span className="chip-values" title={title}>
            {label}
          </span>
          <button type="button" className="chip-remove" aria-label={messages.parties.remove(label)} onClick={remove}>
            <Icon name="x" size={14} />
          </button>
        </li>
      ))}
    </ul>
  )
}
