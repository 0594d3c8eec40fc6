/**
 * Decoders for Losant's documented JSON (reference/losant/*.json). Tolerant where the vendor may
 * grow (enum values stay open strings, bodies are any JSON), strict where our model needs it.
 */
import * as z from 'zod/mini'

const optionalString = z.optional(z.string())

export const losantAuditLogSchema = z.object({
  id: optionalString,
  auditLogId: optionalString,
  creationDate: optionalString,
  orgId: optionalString,
  primaryTargetId: optionalString,
  primaryTargetType: optionalString,
  primaryTargetName: optionalString,
  secondaryTargetId: optionalString,
  secondaryTargetType: optionalString,
  secondaryTargetName: optionalString,
  actorId: optionalString,
  actorType: optionalString,
  actorName: optionalString,
  requestResource: optionalString,
  requestAction: optionalString,
  requestQueryParams: z.optional(z.unknown()),
  requestPathParams: z.optional(z.unknown()),
  requestBody: z.optional(z.unknown()),
  responseBody: z.optional(z.unknown()),
  responseStatus: z.optional(z.int()),
})

export type LosantAuditLog = z.infer<typeof losantAuditLogSchema>

/** Items stay `unknown` here so one bad entry can be skipped instead of failing the page. */
export const losantAuditLogsSchema = z.object({
  items: z.array(z.unknown()),
  count: z.optional(z.int()),
  totalCount: z.optional(z.int()),
  perPage: z.optional(z.int()),
  page: z.optional(z.int()),
})

export const losantErrorSchema = z.object({
  type: z.optional(z.string()),
  message: z.optional(z.string()),
})
