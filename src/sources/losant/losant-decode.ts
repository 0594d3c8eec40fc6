import * as z from 'zod/mini'
import { ResponseFormatError } from '@/lib/http/http-errors'
import type { RedactedJson } from '@/lib/redaction'
import type { AuditEvent, AuditPage, AuditParty, DecodeProblem } from '@/sources/audit-event'
import { createRedactionTally } from '@/sources/redaction-tally'
import { messages } from '@/lib/i18n'
import { resolveApiMethod } from './resolve-api-method'
import { losantAuditLogSchema, losantAuditLogsSchema } from './losant-schemas'
import type { LosantAuditLog } from './losant-schemas'

/** Decodes one entry; throws a readable message when it cannot become an `AuditEvent`. */
export function decodeLosantEntry(raw: unknown): AuditEvent {
  const parsed = losantAuditLogSchema.safeParse(raw)
  if (!parsed.success) throw new Error(z.prettifyError(parsed.error))
  const entry = parsed.data
  const id = entry.id ?? entry.auditLogId
  if (!id) throw new Error(messages.sources.losant.entryWithoutId)
  const time = entry.creationDate ?? ''

  // Redaction runs here, before the event reaches the query cache, React state or the DOM.
  const tally = createRedactionTally()
  const redact = (value: unknown): RedactedJson | undefined => (value === undefined ? undefined : tally.json(value))
  const text = (value: string | undefined): string | undefined => (value === undefined ? undefined : tally.text(value))

  const pathParams = redact(entry.requestPathParams)
  const resolved = resolveApiMethod(entry.requestResource, entry.requestAction, pathParams)
  return {
    id,
    time,
    timeMs: Date.parse(time),
    actor: party(entry.actorType, entry.actorId, text(entry.actorName)),
    primaryTarget: optionalParty(entry, 'primary', text),
    secondaryTarget: optionalParty(entry, 'secondary', text),
    request: {
      resource: entry.requestResource,
      action: entry.requestAction,
      method: resolved?.method,
      path: resolved?.path,
      queryParams: redact(entry.requestQueryParams),
      pathParams,
      body: redact(entry.requestBody),
    },
    response: { status: entry.responseStatus, body: redact(entry.responseBody) },
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

export function decodeLosantPage(json: unknown): AuditPage {
  const parsed = losantAuditLogsSchema.safeParse(json)
  if (!parsed.success) {
    throw new ResponseFormatError(messages.sources.losant.notAList(z.prettifyError(parsed.error)))
  }
  const events: AuditEvent[] = []
  const problems: DecodeProblem[] = []
  parsed.data.items.forEach((item, index) => {
    try {
      events.push(decodeLosantEntry(item))
    } catch (error) {
      problems.push({ index, id: idOf(item), message: (error as Error).message })
    }
  })
  return { events, total: parsed.data.totalCount, problems }
}

function idOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined
  const id = (item as { id?: unknown }).id
  return typeof id === 'string' ? id.slice(0, 64) : undefined
}
