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
  id: string
  /** ISO 8601 instant; `timeMs` is the same instant as epoch milliseconds (NaN when unparseable). */
  time: string
  timeMs: number
  actor: AuditParty
  primaryTarget?: AuditParty
  secondaryTarget?: AuditParty
  request: AuditRequest
  response: AuditResponse
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
  problems: DecodeProblem[]
}
