/**
 * Our own, vendor-neutral model of one audit-log entry. Every source adapter decodes its vendor's
 * JSON into this shape; the UI never sees vendor JSON. Bodies are already redacted when they get
 * here (the adapter runs the redactor before anything is cached).
 */
import type { RedactedJson } from '@/lib/redaction'

/** Who acted, or what was acted on. Types stay open strings: vendors add new ones over time. */
export interface AuditParty {
  type?: string
  id?: string
  name?: string
  email?: string
}

export interface AuditRequest {
  /** Vendor-level operation, e.g. Losant's `application` + `delete`. */
  resource?: string
  action?: string
  /** HTTP method and path resolved from the operation, e.g. `DELETE /applications/5f…`. */
  method?: string
  path?: string
  queryParams?: RedactedJson
  pathParams?: RedactedJson
  body?: RedactedJson
}

export interface AuditResponse {
  status?: number
  body?: RedactedJson
}

export interface AuditEvent {
  /** Unique among the source's entries; what it is, `idKind` says. */
  id: string
  /**
   * Absent: the vendor's own id of the entry (Losant's audit-log id, which its page calls the
   * request id). `log`: the row number of the vendor's log table (BloodHound), not a request id.
   * `derived`: a key we computed because the vendor gives none (UiPath); never shown as an id.
   */
  idKind?: 'log' | 'derived'
  /** ISO 8601 instant; `timeMs` is the same instant as epoch milliseconds (NaN when unparseable). */
  time: string
  timeMs: number
  actor: AuditParty
  primaryTarget?: AuditParty
  secondaryTarget?: AuditParty
  request: AuditRequest
  response: AuditResponse
  /**
   * What happened, in the vendor's words, where it is not an HTTP operation: UiPath's
   * category + action ("User" / "Login"), BloodHound's action ("CreateUser").
   */
  operation?: { category?: string; name: string }
  /** A sentence the vendor wrote about the entry (UiPath's `message`). */
  message?: string
  /** Where the request came from (UiPath's `source`, BloodHound's `source_ip_address`, `request_id`). */
  origin?: {
    source?: string
    ipAddress?: string
    /**
     * The whole address text when the server logged more than one address: BloodHound prefixes
     * the request's X-Forwarded-For list (client first, as the client or proxies claimed it), and
     * `ipAddress` is its last hop, the peer that connected to the server.
     */
    addressChain?: string
    requestId?: string
  }
  /**
   * BloodHound writes an `intent` before a change and an outcome after it, sharing `commit_id`;
   * `unrecorded` marks an intent whose outcome never arrived.
   */
  outcome?: 'intent' | 'success' | 'failure' | 'unrecorded'
  commitId?: string
  /** The other record of the same change (the intent behind an outcome), when paired. */
  paired?: AuditEvent
  /** Vendor details that are neither request nor response (UiPath `auditLogDetails`, BloodHound `fields`). */
  details?: RedactedJson
  /** Why `details` could not be read as JSON, when it could not (the raw text is kept in `details`). */
  detailsProblem?: string
  /** How many values the redactor replaced in this entry (server markers and client detections). */
  redactionCount: number
}

/** One entry the decoder could not read: reported and skipped so the rest of the page still shows. */
export interface DecodeProblem {
  index: number
  id?: string
  message: string
}

export interface AuditPage {
  events: AuditEvent[]
  /** Total matches across all pages when the source reports one. */
  total?: number
  /**
   * For sources without an exact total: whether the server returned a full page, so another may
   * follow. Judge "next page" by this, not by `events.length`: BloodHound's rows are paired
   * (an intent and its outcome make one row), so a full page can hold fewer rows than its size.
   */
  hasMore?: boolean
  /**
   * A figure the server gives that is not the number of matches and must not be shown as one:
   * BloodHound's `count` counts the column-filter matches at any time, ignoring the time range.
   */
  totalUpperBound?: number
  problems: DecodeProblem[]
}

/**
 * Whether another page follows page `pageIndex` of `pageSize` entries: the one paging rule that
 * the list, its prefetch, the drawer's next entry and the export all follow. The source's own
 * word comes first (`hasMore`: BloodHound pairs an intent with its outcome, so a page that had
 * more to give can still show fewer rows than its size), then the total, and only when the
 * source says neither, a full page.
 */
export function hasNextPage(
  page: { events: readonly AuditEvent[]; total?: number | undefined; hasMore?: boolean | undefined },
  pageIndex: number,
  pageSize: number,
): boolean {
  if (page.hasMore !== undefined) return page.hasMore
  if (page.total !== undefined) return (pageIndex + 1) * pageSize < page.total
  return page.events.length >= pageSize
}

/**
 * The source address as the server logged it, whole (BloodHound's forwarded list included): what
 * an exact "this source address" filter must send.
 */
export function loggedSourceAddress(event: AuditEvent): string | undefined {
  return event.origin?.addressChain ?? event.origin?.ipAddress
}
