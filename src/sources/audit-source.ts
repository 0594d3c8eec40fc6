/**
 * The port every vendor adapter implements. Adapters are pure translators: they build the HTTP
 * request from our search state and decode the vendor's JSON into our model. Fetching, caching
 * and retries live elsewhere, so an adapter can be tested without a network.
 */
import type { VendorError } from '@/lib/http/http-errors'

import type { AuditEvent, AuditPage } from './audit-event'
import type { AuditSearch, Outcome, RequestRef, SortDirection, SortField, StatusClass } from './audit-search'
import type { StatusCodeLimits } from './status-class-codes'

/** A registered source's id: one line per vendor in source-registry.ts. */
export type { SourceId } from './source-registry'
import type { SourceId } from './source-registry'

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
  /** What people call the actor and target type values (`OrgInvite` → "Org Invite"); absent: the value itself. */
  typeLabels?: Readonly<Record<string, string>>
  /** "Filter by this actor" (by id). */
  actors?: boolean
  /**
   * At most this many chosen actors per search; absent means any number, OR-ed. BloodHound ANDs
   * repeated conditions on one column, so it takes one: choosing another actor should replace
   * the chosen one, not add to it.
   */
  maxActors?: number
  primaryTargetTypes?: readonly string[]
  primaryTargets?: boolean
  secondaryTargetTypes?: readonly string[]
  secondaryTargets?: boolean
  requests?: readonly RequestOption[]
  statusClasses?: readonly StatusClass[]
  /**
   * Where the server filters by exact codes, not by class: the codes each class stands for and how
   * many one request may name. A combination naming more is not offered; every offered class
   * together sends no filter (decision 012). Absent: a class is the whole class.
   */
  statusCodes?: StatusCodeLimits
  /**
   * Where the server caps each OR-list of its filter (Losant: 20, qs' `arrayLimit`): at most this
   * many values per list, a type chip and chosen parties on one key counting as their product
   * (filter-value-limit.ts). A chip does not offer a value past it; a link naming more is cut.
   */
  maxValuesPerList?: number
  /** The vendor's operation names one can filter by (one at a time where repeating a filter ANDs). */
  actions?: readonly string[]
  outcomes?: readonly Outcome[]
  /** "Filter by this request" (by the request id the vendor logged). */
  requestIds?: boolean
  /** "Filter by this name / email / source address", each matched exactly, one at a time. */
  actorNames?: boolean
  actorEmails?: boolean
  sourceAddresses?: boolean
}

export interface SourceCapabilities {
  /** Fields the server can sort by; the UI offers sorting only on these. */
  sortFields: readonly SortField[]
  /**
   * Fields of `sortFields` the server orders in one direction only (BloodHound always lists newest
   * first): the UI shows that order without a toggle, and a URL asking for the other direction
   * falls back to it. Absent: every field sorts both ways.
   */
  fixedSortDirection?: Partial<Record<SortField, SortDirection>>
  filters: FilterCapabilities
  timeRange: boolean
  /** `page`: the server takes a page index; `offset`: it takes skip/limit. */
  paging: 'page' | 'offset'
  /**
   * Whether the server reports the exact number of matches across all pages. When false the UI
   * promises no total ("page 3", not "page 3 of 9") and pages on while `AuditPage.hasMore` holds.
   */
  totalCount: boolean
  /**
   * Whether one entry can be fetched by its id (deep links). When false, `eventRequest` throws:
   * an entry can only be opened from a list page already loaded.
   */
  eventById: boolean
  /**
   * Whether the drawer may look up the change made before an entry to the same resource ("Compare
   * with the previous change"), with one list request of the server's own filters: the target ids
   * it logs name one resource, and it filters by them, by request and by time. Absent: not offered.
   */
  previousChange?: boolean
}

/**
 * What a list column shows, as data: the list draws each kind the same way for every vendor, so
 * a vendor's columns are declared in its folder and no screen switches on the vendor.
 */
export type ColumnCell =
  /** The entry's time, linking to the entry. */
  | { kind: 'time' }
  /** Who acted: the name, with the email as the line below (`detail: 'email'`) or the type. */
  | { kind: 'actor'; detail?: 'email'; filterBy?: boolean }
  /** Losant's request: the API method resolved from its resource and action. */
  | { kind: 'request' }
  /** The primary and secondary targets, each with "filter by this". */
  | { kind: 'targets' }
  /** The HTTP status, as a badge. */
  | { kind: 'status' }
  /** The operation's name under its category. */
  | { kind: 'operation' }
  /** An intent paired with its outcome, as a badge. */
  | { kind: 'outcome' }
  /** One plain text field of the entry. */
  | {
      kind: 'text'
      field: 'message' | 'originSource' | 'operationName' | 'ipAddress'
      /** "Filter by this source address" beside the address (the whole address text as logged). */
      filterBy?: 'sourceAddresses'
    }

export interface ColumnSpec {
  /** A sort field when the server sorts by it (see `sortFields`), else any unique id. */
  id: string
  title: string
  /** The `<col>` width, e.g. `13rem` or `22%`. */
  width: string
  cell: ColumnCell
  /** Which way a first click sorts; absent: by the column's values (text ascending). */
  sortDescFirst?: boolean
}

export interface HttpRequestSpec {
  path: string
  /** Encoded query string without `?`. */
  query?: string
  headers?: Record<string, string>
}

export interface SourceLocation {
  /**
   * Vendor-specific scope, e.g. Losant's organization id. UiPath's base URL already names the
   * organization and tenant, and BloodHound has one log per server: both ignore it.
   */
  orgId: string
}

export interface AuditSource {
  id: SourceId
  label: string
  capabilities: SourceCapabilities
  /** The list's columns, left to right. */
  columns: readonly ColumnSpec[]
  /**
   * Present when the vendor's log is scoped by an organization id the user supplies (Losant):
   * its format, checked in every configuration layer, and shown in the header. Absent: no id.
   */
  organization?: { idPattern: RegExp }
  /**
   * The vendor's own username + secret login, where it has one (BloodHound): resolves to the
   * bearer token. Absent: tokens are pasted or come from OpenID Connect sign-in.
   */
  secretLogin?: (
    apiUrl: string,
    credentials: { username: string; secret: string },
    signal?: AbortSignal,
  ) => Promise<string>
  /** May resolve later: an adapter can load its encoder on demand. */
  listRequest(search: AuditSearch, location: SourceLocation): HttpRequestSpec | Promise<HttpRequestSpec>
  /** False for entry ids the vendor could never have issued: refused without a request. */
  isEventId(id: string): boolean
  /** False for actor/target ids the vendor could never have issued. */
  isEntityId(id: string): boolean
  /** Throws when `capabilities.eventById` is false. */
  eventRequest(id: string, location: SourceLocation): HttpRequestSpec
  /**
   * The adapter's reading half, in its own chunk: schemas, decoding and redaction are needed
   * only once an answer arrives, so they load alongside the first request instead of before the
   * first paint. Resolves to the same decoder every time.
   */
  loadDecoder(): Promise<SourceDecoder>
  /** Which token scopes may read the log, said when the server answers 403. */
  scopesHelp?: string
  /**
   * Where the vendor's requests map to HTTP methods and paths (Losant's method map): the map, in
   * its own chunk, so a search can name requests by method (`method:DELETE`). Absent: it cannot.
   */
  loadRequestMethods?: () => Promise<RequestMethodOf>
}

/** The HTTP method and path template of a request option's action, where the vendor's map has one. */
export type RequestMethodOf = (request: RequestRef) => { method: string; path: string } | undefined

/** Turns the vendor's answers into our model (redacted before anything keeps them). */
export interface SourceDecoder {
  /** Asynchronous because a page is decoded and redacted in slices (decode-entries.ts). */
  decodeList(json: unknown): Promise<AuditPage>
  /**
   * Rejects with `ResponseFormatError` when the body is not an entry. `requestedId` lets a source
   * that reads one entry through a filtered list check that the server honoured the filter.
   * Asynchronous because one entry may carry megabytes of bodies to redact in slices.
   */
  decodeEvent(json: unknown, requestedId?: string): Promise<AuditEvent>
  describeErrorBody(body: unknown): VendorError | undefined
}
