import * as z from 'zod/mini'

import { HttpError, ResponseFormatError } from '@/lib/http/http-errors'
import { messages } from '@/lib/i18n'
import type { AuditEvent, AuditPage, DecodeProblem } from '@/sources/audit-event'
import { decodeEntries } from '@/sources/decode-entries'
import { parseInstant } from '@/sources/parse-instant'
import { createRedactionTally } from '@/sources/redaction-tally'

import { isBloodHoundUuid } from './bloodhound-ids'
import { pairBloodHoundEvents } from './bloodhound-pairing'
import { bloodhoundAuditLogSchema, bloodhoundAuditLogsSchema } from './bloodhound-schemas'

const OUTCOMES = ['intent', 'success', 'failure'] as const
type Outcome = (typeof OUTCOMES)[number]

function given(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}

function outcomeOf(status: string | undefined): Outcome | undefined {
  return OUTCOMES.find((outcome) => outcome === status)
}

/**
 * `source_ip_address` is the peer's address, prefixed by the request's X-Forwarded-For list when
 * there was one (`203.0.113.7, 10.0.0.2,172.18.0.1`). The last hop is the address; the whole text
 * is kept beside it, since the first (client-claimed) address is the interesting one and the
 * server did not vouch for it.
 */
export function splitSourceAddress(text: string | undefined): { ipAddress?: string; addressChain?: string } {
  if (text === undefined) return {}
  const hops = text
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
  const last = hops.at(-1)
  if (hops.length <= 1) return { ipAddress: last }
  return { ipAddress: last, addressChain: text }
}

/** Decodes one log (no pairing); throws a readable message when it is not a log. */
export function decodeBloodHoundEntry(raw: unknown): AuditEvent {
  const parsed = bloodhoundAuditLogSchema.safeParse(raw)
  if (!parsed.success) throw new Error(z.prettifyError(parsed.error))
  const log = parsed.data

  // Redaction runs here, before the event reaches the query cache, React state or the DOM.
  const tally = createRedactionTally()
  const text = (value: string | undefined): string | undefined => (value === undefined ? undefined : tally.text(value))
  const details = log.fields !== undefined && log.fields !== null ? tally.json(log.fields) : undefined

  const actorId = given(log.actor_id)
  const commitId = given(log.commit_id)
  const action = given(log.action)
  const requestId = given(log.request_id)
  const time = given(log.created_at) ?? ''
  const origin = { ...splitSourceAddress(given(log.source_ip_address)), requestId }
  return {
    id: String(log.id),
    idKind: 'log',
    time,
    timeMs: parseInstant(time),
    // Failed logins of unknown users have no actor id; the nil uuid means the same.
    actor: {
      id: actorId && isBloodHoundUuid(actorId) ? actorId : undefined,
      name: text(given(log.actor_name)),
      email: given(log.actor_email),
    },
    request: {},
    response: {},
    operation: action === undefined ? undefined : { name: action },
    origin: Object.values(origin).some((value) => value !== undefined) ? origin : undefined,
    outcome: outcomeOf(given(log.status)),
    commitId: commitId && isBloodHoundUuid(commitId) ? commitId : undefined,
    details,
    redactionCount: tally.count(),
  }
}

interface DecodedLogs {
  events: AuditEvent[]
  problems: DecodeProblem[]
  count?: number
  limit?: number
  logCount: number
}

async function decodeLogs(json: unknown): Promise<DecodedLogs> {
  const parsed = bloodhoundAuditLogsSchema.safeParse(json)
  if (!parsed.success) {
    throw new ResponseFormatError(messages.sources.bloodhound.notAList(z.prettifyError(parsed.error)))
  }
  const logs = parsed.data.data.logs ?? []
  const { events, problems } = await decodeEntries(logs, decodeBloodHoundEntry, idOf)
  return { events, problems, count: parsed.data.count, limit: parsed.data.limit, logCount: logs.length }
}

/**
 * One page, paired (see bloodhound-pairing.ts). `count` ignores the time window, so it is no
 * total: it is passed on as an upper bound, and "next page" is judged by whether the server
 * filled the page (`hasMore`), counted in logs, not in paired rows.
 */
export async function decodeBloodHoundPage(json: unknown): Promise<AuditPage> {
  const { events, problems, count, limit, logCount } = await decodeLogs(json)
  return {
    events: pairBloodHoundEvents(events),
    total: undefined,
    hasMore: limit === undefined ? undefined : limit > 0 && logCount >= limit,
    totalUpperBound: count,
    problems,
  }
}

export const ENTRY_NOT_FOUND = messages.sources.bloodhound.entryNotFound

/**
 * One entry, read from the list filtered by `id=eq:<id>&limit=1`. An empty list is a 404 so the
 * UI says "not found"; a list holding another entry means the server ignored the filter, which
 * must not show the wrong entry under the requested id.
 */
export async function decodeBloodHoundEvent(json: unknown, requestedId?: string): Promise<AuditEvent> {
  const { events, problems, logCount } = await decodeLogs(json)
  if (logCount === 0) throw new HttpError(404, { message: ENTRY_NOT_FOUND }, undefined)
  const [event] = events
  if (!event) {
    throw new ResponseFormatError(messages.sources.bloodhound.notAnEntry(problems[0]?.message ?? ''))
  }
  if (logCount > 1 || (requestedId !== undefined && event.id !== requestedId)) {
    throw new ResponseFormatError(messages.sources.bloodhound.otherEntries(requestedId))
  }
  return event
}

function idOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined
  const id = (item as { id?: unknown }).id
  return typeof id === 'number' || typeof id === 'string' ? String(id).slice(0, 64) : undefined
}
