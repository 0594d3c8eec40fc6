/**
 * Decoders for BloodHound's audit-log JSON (api-contracts.md §3, the OpenAPI fragments in
 * shared/reference/bloodhound). The server is Go: empty strings and `null` both mean "not
 * given", and `status` stays an open string here (the decoder maps the three it knows).
 */
import * as z from 'zod/mini'

const text = z.optional(z.nullable(z.string()))

export const bloodhoundAuditLogSchema = z.object({
  id: z.int().check(z.positive()),
  created_at: text,
  actor_id: text,
  actor_name: text,
  actor_email: text,
  action: text,
  fields: z.optional(z.nullable(z.unknown())),
  request_id: text,
  source_ip_address: text,
  commit_id: text,
  status: text,
})

export type BloodHoundAuditLog = z.infer<typeof bloodhoundAuditLogSchema>

/** Logs stay `unknown` so one bad entry can be skipped; Go writes an empty slice as `null`. */
export const bloodhoundAuditLogsSchema = z.object({
  count: z.optional(z.int()),
  limit: z.optional(z.int()),
  skip: z.optional(z.int()),
  data: z.object({ logs: z.nullable(z.array(z.unknown())) }),
})

/** `ErrorWrapper`: `{http_status, timestamp, request_id, errors: [{context, message}]}`. */
export const bloodhoundErrorSchema = z.object({
  http_status: z.optional(z.int()),
  timestamp: z.optional(z.string()),
  request_id: z.optional(z.string()),
  errors: z.optional(z.nullable(z.array(z.object({ context: text, message: text })))),
})
