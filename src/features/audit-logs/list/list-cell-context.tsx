import { createContext, use } from 'react'

import type { PartyKey } from '@/features/audit-logs/search/search-transitions'
import type { TimeZoneChoice } from '@/lib/format/format-time'
import type { PartyRef } from '@/sources/audit-search'

export interface ListCells {
  zone: TimeZoneChoice
  /** The list's URL search ("?page=2…" or ""), kept by links to entries. */
  listSearch: string
  filterBy: (key: PartyKey, party: PartyRef) => void
  canFilterBy: (key: PartyKey) => boolean
}

/**
 * What the table's cells need from the list controller (zone, links, "filter by this"), given
 * once by the table: a hundred rows of cells each reading the router would re-render on every
 * location change, opening an entry included.
 */
export const ListCellContext = createContext<ListCells>({
  zone: 'local',
  listSearch: '',
  filterBy: () => {},
  canFilterBy: () => false,
})

export function useListCells(): ListCells {
  return use(ListCellContext)
}
