/**
 * Decoders for UiPath's audit-log JSON (api-contracts.md §2). UiPath publishes an example, not a
 * schema, and its server is .NET, which writes `null` for empty properties: every field is
 * optional and nullable, and an unknown category or action stays a string.
 */
import * as z from 'zod/mini'

const text = z.optional(z.nullable(z.string()))

export const uipathAuditLogSchema = z.object({
  createdOn: text,
  category: text,
  action: text,
  /** A JSON document encoded as a string; tolerated as an object too, should a server send one. */
  auditLogDetails: z.optional(z.unknown()),
  userName: text,
  email: text,
  message: text,
  detailsVersion: z.optional(z.nullable(z.union([z.string(), z.number()]))),
  source: text,
})

export type UiPathAuditLog = z.infer<typeof uipathAuditLogSchema>

/** Results stay `unknown` here so one bad entry can be skipped instead of failing the page. */
export const uipathAuditLogsSchema = z.object({
  totalCount: z.optional(z.nullable(z.int().check(z.minimum(0)))),
  results: z.array(z.unknown()),
})
