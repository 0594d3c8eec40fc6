// BloodHound's audit-log contract as plain types, written from shared/api-contracts.md §3 and the
// OpenAPI fragments in shared/reference/bloodhound. Kept here, not imported from the app, so the
// demo API stays an independent reading of the contract.

export type AuditLogStatus = 'intent' | 'success' | 'failure'

/** `model.audit-log.yaml` */
export interface BloodHoundAuditLog {
  id: number
  /** RFC 3339 with microseconds, UTC. */
  created_at: string
  /** Empty for a failed login of an unknown user. */
  actor_id: string
  actor_name: string
  actor_email: string
  action: string
  fields: Record<string, unknown>
  request_id: string
  /** The peer's address, prefixed by the raw X-Forwarded-For list when the request had one. */
  source_ip_address: string
  commit_id: string
  status: AuditLogStatus
}

/** `{count, limit, skip, data: {logs}}` */
export interface BloodHoundAuditLogList {
  count: number
  limit: number
  skip: number
  data: { logs: BloodHoundAuditLog[] }
}

/** `api.error-wrapper.yaml` */
export interface BloodHoundErrorWrapper {
  http_status: number
  timestamp: string
  request_id: string
  errors: { context: string; message: string }[]
}

export type Predicate = 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | '~eq'

/** The general filter language's predicates; the audit endpoint allows a subset per column. */
export const PREDICATES: readonly Predicate[] = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', '~eq']

export type Column = Exclude<keyof BloodHoundAuditLog, 'fields' | 'commit_id'>

/** Filterable columns and the predicates each allows (the server code, not the OpenAPI text). */
export const FILTERABLE: Readonly<Partial<Record<string, readonly Predicate[]>>> = {
  id: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'],
  created_at: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'],
  actor_id: ['eq', 'neq'],
  actor_name: ['eq', 'neq'],
  actor_email: ['eq', 'neq'],
  action: ['eq', 'neq'],
  request_id: ['eq', 'neq'],
  source_ip_address: ['eq', 'neq'],
  status: ['eq', 'neq'],
}

/** Sortable columns in the server code. */
export const SORTABLE: readonly Column[] = [
  'id',
  'actor_name',
  'actor_email',
  'action',
  'created_at',
  'source_ip_address',
  'status',
]

/** Parameters that are not column filters. */
export const NON_FILTER_PARAMS: readonly string[] = ['skip', 'offset', 'limit', 'sort_by', 'before', 'after']

export const MESSAGES = {
  notFilterable: 'the specified column cannot be filtered',
  predicateNotSupported: 'the specified filter predicate is not supported for this column',
  notSortable: 'column format does not support sorting',
  badFilters: 'there are errors in the query parameter filters specified',
  badPrefer: 'the Prefer header is malformed: expected wait=<seconds>',
} as const
