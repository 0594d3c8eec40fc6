/**
 * The port every vendor adapter implements. Adapters are pure translators: they build the HTTP
 * request from our search state and decode the vendor's JSON into our model. Fetching, caching
 * and retries live elsewhere, so an adapter can be tested without a network.
 */
import type { VendorError } from '@/lib/http/http-errors'
import type { AuditEvent, AuditPage } from './audit-event'
import type { AuditSearch, SortField, StatusClass } from './audit-search'

export type SourceId = 'losant'

export interface RequestOption {
  resource: string
  actions: readonly string[]
}

/**
 * The filters a server understands, with their allowed values. A missing key means the server
 * cannot filter that way, and the UI offers no such control.
 */
export interface FilterCapabilities {
  actorTypes?: readonly string[]
  /** "Filter by this actor" (by id). */
  actors?: boolean
  primaryTargetTypes?: readonly string[]
  primaryTargets?: boolean
  secondaryTargetTypes?: readonly string[]
  secondaryTargets?: boolean
  requests?: readonly RequestOption[]
  statusClasses?: readonly StatusClass[]
}

export interface SourceCapabilities {
  /** Fields the server can sort by; the UI offers sorting only on these. */
  sortFields: readonly SortField[]
  filters: FilterCapabilities
  timeRange: boolean
  /** `page`: the server takes a page index; `offset`: it takes skip/limit. */
  paging: 'page' | 'offset'
  /** Whether the server reports the number of matches across all pages. */
  totalCount: boolean
  /** Whether one entry can be fetched by its id (deep links). */
  eventById: boolean
}

export interface HttpRequestSpec {
  path: string
  /** Encoded query string without `?`. */
  query?: string
  headers?: Record<string, string>
}

export interface SourceLocation {
  /** Vendor-specific scope, e.g. Losant's organization id. */
  orgId: string
}

export interface AuditSource {
  id: SourceId
  label: string
  capabilities: SourceCapabilities
  listRequest(search: AuditSearch, location: SourceLocation): HttpRequestSpec
  decodeList(json: unknown): AuditPage
  /** False for entry ids the vendor could never have issued: refused without a request. */
  isEventId(id: string): boolean
  /** False for actor/target ids the vendor could never have issued. */
  isEntityId(id: string): boolean
  eventRequest(id: string, location: SourceLocation): HttpRequestSpec
  /** Throws `ResponseFormatError` when the body is not an entry. */
  decodeEvent(json: unknown): AuditEvent
  describeErrorBody(body: unknown): VendorError | undefined
  /** Which token scopes may read the log, said when the server answers 403. */
  scopesHelp?: string
}
