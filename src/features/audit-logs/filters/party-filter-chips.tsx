import { Icon } from '@/components/ui/icon'
import type { PartyKey, SearchUpdate } from '@/features/audit-logs/search/search-transitions'
import { withoutParty } from '@/features/audit-logs/search/search-transitions'
import { messages } from '@/lib/i18n'
import type { AuditFilters, PartyRef } from '@/sources/audit-search'

const TITLES: Readonly<Record<PartyKey, string>> = messages.parties.titles

/** Chips for "filter by this" choices: one actor or target, by id, named for people. */
export function PartyFilterChips({
  filters,
  onSearchChange,
}: {
  filters: AuditFilters
  onSearchChange: (update: SearchUpdate) => void
}) {
  const chips = (Object.keys(TITLES) as PartyKey[]).flatMap((key) =>
    (filters[key] ?? []).map((party) => ({ key, party })),
  )
  if (chips.length === 0) return null

  function remove(key: PartyKey, party: PartyRef) {
    onSearchChange((current) => withoutParty(current, key, party.id))
  }

  return (
    <ul className="party-chips" aria-label={messages.parties.chosen}>
      {chips.map(({ key, party }) => {
        const label = messages.parties.chip(TITLES[key], party.name ?? party.id)
        return (
          <li key={`${key}-${party.id}`} className="chip chip-static" data-active>
            <span className="chip-values" title={party.id}>
              {label}
            </span>
            <button
              type="button"
              className="chip-remove"
              aria-label={messages.parties.remove(label)}
              onClick={() => remove(key, party)}
            >
              <Icon name="x" size={14} />
            </button>
          </li>
        )
      })}
    </ul>
  )
}
