import * as z from 'zod/mini'

import { ResponseFormatError } from '@/lib/http/http-errors'
import { messages } from '@/lib/i18n'
import type { RedactedJson } from '@/lib/redaction'
import type { AuditEvent, AuditPage } from '@/sources/audit-event'
import { decodeEntries } from '@/sources/decode-entries'
import { parseInstant } from '@/sources/parse-instant'
import { createRedactionTally } from '@/sources/redaction-tally'

import { canonicalJson, fnv1a64, uniqueIds } from './stable-id'
import { uipathAuditLogSchema, uipathAuditLogsSchema } from './uipath-schemas'

export const INVALID_DETAILS_PROBLEM = messages.sources.uipath.invalidDetails

/** Empty strings and nulls are "not given": .NET writes both for a missing property. */
function given(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || value.trim() === '' ? undefined : value
}

/**
 * Decodes one entry; throws a readable message when it is not an entry at all. The id is the
 * content hash alone: `decodeUiPathPage` adds a suffix to repeats of identical content.
 */
export function decodeUiPathEntry(raw: unknown): AuditEvent {
  const parsed = uipathAuditLogSchema.safeParse(raw)
  if (!parsed.success) throw new Error(z.prettifyError(parsed.error))
  const entry = parsed.data

  // Redaction runs here, before the event reaches the query cache, React state or the DOM.
  const tally = createRedactionTally()
  const text = (value: string | undefined): string | undefined => (value === undefined ? undefined : tally.text(value))
  const json = tally.json

  // `auditLogDetails` is a JSON document inside a string. One that does not parse is kept as
  // (redacted) text and flagged, rather than dropped: it is still what the server recorded.
  let details: RedactedJson | undefined
  let detailsProblem: string | undefined
  const rawDetails = entry.auditLogDetails
  if (typeof rawDetails === 'string') {
    if (rawDetails.trim() !== '') {
      let document: unknown
      try {
        document = JSON.parse(rawDetails)
      } catch {
        // The parser's message is not shown: it quotes the text, secrets and all.
        detailsProblem = INVALID_DETAILS_PROBLEM
      }
      details = detailsProblem ? text(rawDetails) : json(document)
    }
  } else if (rawDetails !== undefined && rawDetails !== null) {
    details = json(rawDetails)
  }

  const createdOn = given(entry.createdOn)
  const category = given(entry.category)
  const action = given(entry.action)
  const userName = text(given(entry.userName))
  const email = given(entry.email)
  const source = given(entry.source)
  const detailsVersion = entry.detailsVersion ?? undefined

  // `message` is left out of the id: UiPath writes it in the language asked for, so it changes
  // with the reader's language while the entry stays the same.
  const id = fnv1a64(canonicalJson({ createdOn, category, action, userName, email, source, detailsVersion, details }))

  return {
    id,
    idKind: 'derived',
    time: createdOn ?? '',
    timeMs: createdOn === undefined ? Number.NaN : parseInstant(createdOn),
    actor: { name: userName, email },
    request: {},
    response: {},
    operation: category !== undefined || action !== undefined ? { category, name: action ?? '' } : undefined,
    message: text(given(entry.message)),
    origin: source === undefined ? undefined : { source },
    details,
    detailsProblem,
    redactionCount: tally.count(),
  }
}

export async function decodeUiPathPage(json: unknown): Promise<AuditPage> {
  const parsed = uipathAuditLogsSchema.safeParse(json)
  if (!parsed.success) {
    throw new ResponseFormatError(messages.sources.uipath.notAList(z.prettifyError(parsed.error)))
  }
  const { events, problems } = await decodeEntries(parsed.data.results, decodeUiPathEntry)
  // Two entries with identical content (a double click recorded twice) would share an id and
  // collide as table rows; repeats get -2, -3… in page order.
  const ids = uniqueIds(events.map((event) => event.id))
  return {
    events: events.map((event, index) => ({ ...event, id: ids[index] ?? event.id })),
    total: parsed.data.totalCount ?? undefined,
    problems,
  }
}
