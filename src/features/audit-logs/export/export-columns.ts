/**
 * The export's columns, in a stable order. Every value is already redacted (the adapter redacts
 * before caching); nested bodies become JSON text, in which redacted values read "[REDACTED…]".
 */
import type { AuditEvent } from '@/sources/audit-event'

type Cell = string | number | undefined

const json = (value: unknown): string | undefined => (value === undefined ? undefined : JSON.stringify(value))

/** ISO 8601 in UTC whatever the zone the page shows: an export is read elsewhere. */
const isoUtc = (event: AuditEvent): string | undefined =>
  Number.isFinite(event.timeMs) ? new Date(event.timeMs).toISOString() : event.time || undefined

export const EXPORT_COLUMNS: readonly { header: string; value: (event: AuditEvent) => Cell }[] = [
  { header: 'id', value: (e) => e.id },
  { header: 'time_utc', value: isoUtc },
  { header: 'actor_type', value: (e) => e.actor.type },
  { header: 'actor_id', value: (e) => e.actor.id },
  { header: 'actor_name', value: (e) => e.actor.name },
  { header: 'actor_email', value: (e) => e.actor.email },
  { header: 'method', value: (e) => e.request.method },
  { header: 'path', value: (e) => e.request.path },
  { header: 'resource', value: (e) => e.request.resource },
  { header: 'action', value: (e) => e.request.action },
  {
    header: 'operation',
    value: (e) => [e.operation?.category, e.operation?.name].filter(Boolean).join(' / ') || undefined,
  },
  { header: 'target_type', value: (e) => e.primaryTarget?.type },
  { header: 'target_id', value: (e) => e.primaryTarget?.id },
  { header: 'target_name', value: (e) => e.primaryTarget?.name },
  { header: 'sub_resource_type', value: (e) => e.secondaryTarget?.type },
  { header: 'sub_resource_id', value: (e) => e.secondaryTarget?.id },
  { header: 'sub_resource_name', value: (e) => e.secondaryTarget?.name },
  { header: 'response_status', value: (e) => e.response.status },
  { header: 'outcome', value: (e) => e.outcome },
  { header: 'message', value: (e) => e.message },
  { header: 'source', value: (e) => e.origin?.source },
  { header: 'ip_address', value: (e) => e.origin?.ipAddress },
  { header: 'request_id', value: (e) => e.origin?.requestId },
  { header: 'query_params', value: (e) => json(e.request.queryParams) },
  { header: 'path_params', value: (e) => json(e.request.pathParams) },
  { header: 'request_body', value: (e) => json(e.request.body) },
  { header: 'response_body', value: (e) => json(e.response.body) },
  { header: 'details', value: (e) => json(e.details) },
  { header: 'redacted_values', value: (e) => e.redactionCount },
]
