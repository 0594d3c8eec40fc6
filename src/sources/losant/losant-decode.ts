import * as z from 'zod/mini'

import { ResponseFormatError } from '@/lib/http/http-errors'
import { messages } from '@/lib/i18n'
import type { RedactedJson } from '@/lib/redaction'
import type { AuditEvent, AuditPage, AuditParty } from '@/sources/audit-event'
import { decodeEntries } from '@/sources/decode-entries'
import { parseInstant } from '@/sources/parse-instant'
import { createRedactionTally } from '@/sources/redaction-tally'

import type { LosantAuditLog } from './losant-schemas'
import { losantAuditLogSchema, losantAuditLogsSchema } from './losant-schemas'
import { resolveApiMethod } from './resolve-api-method'

/** The entry's fields that hold arbitrary JSON, each redacted as a whole. */
const JSON_FIELDS = ['requestPathParams', 'requestQueryParams', 'requestBody', 'responseBody'] as const
type JsonField = (typeof JSON_FIELDS)[number]
type RedactedFields = Record<JsonField, RedactedJson | undefined>
type Tally = ReturnType<typeof createRedactionTally>

/** Decodes one entry; throws a readable message when it cannot become an `AuditEvent`. */
export function decodeLosantEntry(raw: unknown): AuditEvent {
  const entry = parseEntry(raw)
  // Redaction runs here, before the event reaches the query cache, React state or the DOM.
  const tally = createRedactionTally()
  const fields = {} as RedactedFields
  for (const field of JSON_FIELDS) fields[field] = entry[field] === undefined ? undefined : tally.json(entry[field])
  return toEvent(entry, fields, tally)
}

/**
 * `decodeLosantEntry` for one entry opened on its own, whose bodies may be megabytes: they are
 * redacted in slices, so the page keeps painting and answering input meanwhile.
 */
export async function decodeLosantEntryInSlices(raw: unknown): Promise<AuditEvent> {
  const entry = parseEntry(raw)
  const tally = createRedactionTally()
  const fields = {} as RedactedFields
  for (const field of JSON_FIELDS)
    fields[field] = entry[field] === undefined ? undefined : await tally.jsonInSlices(entry[field])
  return toEvent(entry, fields, tally)
}

function parseEntry(raw: unknown): LosantAuditLog {
  const parsed = losantAuditLogSchema.safeParse(raw)
  if (!parsed.success) throw new Error(z.prettifyError(parsed.error))
  return parsed.data
}

function toEvent(entry: LosantAuditLog, fields: RedactedFields, tally: Tally): AuditEvent {
  const id = entry.id ?? entry.auditLogId
  if (!id) throw new Error(messages.sources.losant.entryWithoutId)
  const time = entry.creationDate ?? ''
  const text = (value: string | undefined): string | undefined => (value === undefined ? undefined : tally.text(value))
  const resolved = resolveApiMethod(entry.requestResource, entry.requestAction, fields.requestPathParams)
  return {
    id,
    time,
    // parseInstant, not Date.parse: that reads "7" as a day in 2001 and 30 February as 1 March.
    timeMs: parseInstant(time),
    actor: party(entry.actorType, entry.actorId, text(entry.actorName)),
    primaryTarget: optionalParty(entry, 'primary', text),
    secondaryTarget: optionalParty(entry, 'secondary', text),
    request: {
      resource: entry.requestResource,
      action: entry.requestAction,
      method: resolved?.method,
      path: resolved?.path,
      queryParams: fields.requestQueryParams,
      pathParams: fields.requestPathParams,
      body: fields.requestBody,
    },
    response: { status: entry.responseStatus, body: fields.responseBody },
    redactionCount: tally.count(),
  }
}

function party(type?: string, id?: string, name?: string): AuditParty {
  return { type, id, name }
}

function optionalParty(
  entry: LosantAuditLog,
  which: 'primary' | 'secondary',
  text: (value: string | undefined) => string | undefined,
): AuditParty | undefined {
  const type = entry[`${which}TargetType`]
  const id = entry[`${which}TargetId`]
  const name = entry[`${which}TargetName`]
  if (type === undefined && id === undefined && name === undefined) return undefined
  return party(type, id, text(name))
}

export async function decodeLosantPage(json: unknown): Promise<AuditPage> {
  const parsed = losantAuditLogsSchema.safeParse(json)
  if (!parsed.success) {
    throw new ResponseFormatError(messages.sources.losant.notAList(z.prettifyError(parsed.error)))
  }
  const { events, problems } = await decodeEntries(parsed.data.items, decodeLosantEntry, idOf)
  return { events, total: parsed.data.totalCount, problems }
}

function idOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined
  const id = (item as { id?: unknown }).id
  return typeof id === 'string' ? id.slice(0, 64) : undefined
}
