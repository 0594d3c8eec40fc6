import { createContext, use } from 'react'

import type { TimeZoneChoice } from '@/lib/format/format-time'
import type { PartyRef } from '@/sources/audit-search'

import type { UpdateOptions } from '../search/use-audit-search'

export type PartyFilterKey = 'actors' | 'primaryTargets' | 'secondaryTargets' | 'requestIds'

export interface AuditLogView {
  zone: TimeZoneChoice
  /** The list's URL search ("?page=2…" or ""), kept by links to entries. */
  listSearch: string
  /** "Filter by this": undefined where the source cannot filter by that party. */
  filterBy: (key: PartyFilterKey, party: PartyRef, options?: UpdateOptions) => void
  canFilterBy: (key: PartyFilterKey) => boolean
}

/** What cells need from the page (zone, "filter by this") without threading props through the table. */
export const AuditLogViewContext = createContext<AuditLogView>({
  zone: 'local',
  listSearch: '',
  filterBy: () => {},
  canFilterBy: () => false,
})

export function useAuditLogView(): AuditLogView {
  return use(AuditLogViewContext)
}
