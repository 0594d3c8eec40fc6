/**
 * What the user asked the log for: sort, page, filters and time range, in our own vocabulary.
 * Adapters translate it into their vendor's query; the audit-logs feature keeps it in the URL.
 */

export type SortDirection = 'asc' | 'desc'

/**
 * Column ids the UI can sort on; each source declares which of them its server sorts by.
 * `category` and `email` are UiPath's documented `sortBy` values (the entry's category column and
 * the actor's email).
 */
export type SortField = 'time' | 'actor' | 'status' | 'category' | 'email'

export interface AuditSort {
  field: SortField
  direction: SortDirection
}

/** A specific actor or target chosen with "filter by this"; the name is for display only. */
export interface PartyRef {
  id: string
  name?: string
}

export type StatusClass = '2xx' | '3xx' | '4xx' | '5xx'

/** How a change ended, where the vendor records it (BloodHound's `status`). */
export type Outcome = 'success' | 'failure'

export interface RequestRef {
  resource: string
  action?: string
}

export interface AuditFilters {
  actorTypes: string[]
  actors: PartyRef[]
  primaryTargetTypes: string[]
  primaryTargets: PartyRef[]
  secondaryTargetTypes: string[]
  secondaryTargets: PartyRef[]
  requests: RequestRef[]
  statusClasses: StatusClass[]
  /**
   * Single response codes (`404`), ORed with the classes, where the server filters by exact codes
   * (FilterCapabilities.statusCodes); absent: none.
   */
  statusCodes?: number[]
  /**
   * Filters only some sources have (absent: not filtering). The vendor's own operation names
   * (BloodHound's `action`), outcomes, and "this request" by the request id the vendor logged.
   */
  actions?: string[]
  outcomes?: Outcome[]
  requestIds?: PartyRef[]
  /**
   * "This actor" by the name or email the vendor logged, and "this source address" by the whole
   * address text it logged (BloodHound's `actor_name`, `actor_email`, `source_ip_address`): the
   * value is the ref's `id`, matched exactly.
   */
  actorNames?: PartyRef[]
  actorEmails?: PartyRef[]
  sourceAddresses?: PartyRef[]
}

export const RANGE_PRESETS = ['1h', '24h', '7d', '30d', '90d', '1y'] as const
export type RangePreset = (typeof RANGE_PRESETS)[number]

/**
 * Inclusive bounds in epoch milliseconds; either may be open. A preset ("last 7 days") is kept so
 * the UI can name it; its bounds are resolved once, when the URL is read.
 */
export interface TimeRange {
  start?: number
  end?: number
  preset?: RangePreset
}

export interface AuditSearch {
  sort: AuditSort
  /** 0-based page index (the URL shows it 1-based). */
  page: number
  pageSize: number
  filters: AuditFilters
  range: TimeRange
}

export const PAGE_SIZES = [25, 50, 100] as const

export const EMPTY_FILTERS: AuditFilters = Object.freeze({
  actorTypes: [],
  actors: [],
  primaryTargetTypes: [],
  primaryTargets: [],
  secondaryTargetTypes: [],
  secondaryTargets: [],
  requests: [],
  statusClasses: [],
}) as AuditFilters

export const DEFAULT_SEARCH: AuditSearch = {
  sort: { field: 'time', direction: 'desc' },
  page: 0,
  pageSize: 50,
  filters: EMPTY_FILTERS,
  range: {},
}
