/**
 * The searchable text of one decoded entry, and whether it holds every word of a scan. The entry
 * is the adapter's output, so its bodies are already redacted: a `RedactedValue` serialises to its
 * placeholder (`[REDACTED: password]`), and that label, never the secret, is what a scan can find.
 */
import type { RedactedJson } from '@/lib/redaction'
import type { AuditEvent, AuditParty } from '@/sources/audit-event'

/** Which part of the entry a piece of text comes from; the snippet names it. */
export type EntryField =
  | 'id'
  | 'actor'
  | 'primaryTarget'
  | 'secondaryTarget'
  | 'request'
  | 'status'
  | 'operation'
  | 'message'
  | 'origin'
  | 'queryParams'
  | 'pathParams'
  | 'requestBody'
  | 'responseBody'
  | 'details'
  | 'paired'

export interface EntryTextPart {
  field: EntryField
  text: string
}

/** A short piece of one part of the entry around the first word found in it. */
export interface Snippet {
  field: EntryField
  before: string
  match: string
  after: string
  /** Whether text was cut off before `before` or after `after`. */
  cutStart: boolean
  cutEnd: boolean
}

/** Characters of context each side of the matched word in a snippet. */
const SNIPPET_BEFORE = 40
const SNIPPET_AFTER = 60

const joined = (...values: (string | number | undefined)[]) =>
  values.filter((value) => value !== undefined && value !== '').join(' ')

const partyText = (party: AuditParty | undefined) =>
  party ? joined(party.name, party.email, party.type, party.id) : ''

/**
 * JSON as the raw view shows it, placeholders in place of secrets (`RedactedValue.toJSON`). A body
 * that is one string (text the vendor logged as is) is searched as that text, without JSON quotes.
 */
export function redactedJsonText(value: RedactedJson | undefined): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return value
  return JSON.stringify(value) ?? ''
}

/** Every searchable part of the entry, in the order the drawer shows them. */
export function entryTextParts(event: AuditEvent, withPaired = true): EntryTextPart[] {
  const { request, response, operation, origin } = event
  const parts: EntryTextPart[] = [
    { field: 'actor', text: partyText(event.actor) },
    { field: 'request', text: joined(request.method, request.path, request.resource, request.action) },
    { field: 'status', text: joined(response.status, event.outcome) },
    { field: 'primaryTarget', text: partyText(event.primaryTarget) },
    { field: 'secondaryTarget', text: partyText(event.secondaryTarget) },
    { field: 'operation', text: joined(operation?.category, operation?.name) },
    { field: 'message', text: event.message ?? '' },
    {
      field: 'origin',
      text: joined(origin?.source, origin?.addressChain ?? origin?.ipAddress, origin?.requestId),
    },
    { field: 'id', text: joined(event.id, event.commitId) },
    { field: 'pathParams', text: redactedJsonText(request.pathParams) },
    { field: 'queryParams', text: redactedJsonText(request.queryParams) },
    { field: 'requestBody', text: redactedJsonText(request.body) },
    { field: 'responseBody', text: redactedJsonText(response.body) },
    { field: 'details', text: redactedJsonText(event.details) },
  ]
  // A paired record (BloodHound's intent behind an outcome) shows as one row with it.
  if (withPaired && event.paired) {
    const paired = entryTextParts(event.paired, false)
      .map((part) => part.text)
      .filter(Boolean)
    parts.push({ field: 'paired', text: paired.join(' ') })
  }
  return parts.filter((part) => part.text !== '')
}

/** The entry's whole searchable text, one part per line. */
export function entryText(event: AuditEvent): string {
  return entryTextParts(event)
    .map((part) => part.text)
    .join('\n')
}

/** The words a scan looks for: trimmed, blanks dropped, each once (ignoring case). */
export function normaliseWords(words: readonly string[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const raw of words) {
    const word = raw.trim()
    const key = word.toLowerCase()
    if (word === '' || seen.has(key)) continue
    seen.add(key)
    out.push(word)
  }
  return out
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export interface WordMatcher {
  /** The normalised words. */
  words: readonly string[]
  /** A snippet when the entry holds every word (anywhere, in any part), otherwise undefined. */
  match(event: AuditEvent): Snippet | undefined
}

/**
 * Compiles the words once for a whole scan. Matching is case-insensitive (Unicode case folding
 * via the `iu` flags, so indices stay those of the original text and the snippet cuts it right).
 */
export function wordMatcher(words: readonly string[]): WordMatcher {
  const normalised = normaliseWords(words)
  const patterns = normalised.map((word) => new RegExp(escapeRegExp(word), 'iu'))
  return {
    words: normalised,
    match(event) {
      if (patterns.length === 0) return undefined
      const parts = entryTextParts(event)
      const found = patterns.map((pattern) => parts.some((part) => pattern.test(part.text)))
      if (!found.every(Boolean)) return undefined
      return snippetOf(parts, patterns)
    },
  }
}

/** Whether the entry's text holds every one of `words`, ignoring case. */
export function matchesWords(event: AuditEvent, words: readonly string[]): boolean {
  return wordMatcher(words).match(event) !== undefined
}

/** The part holding the most of the words, cut around the first of them it holds. */
function snippetOf(parts: readonly EntryTextPart[], patterns: readonly RegExp[]): Snippet | undefined {
  let best: { part: EntryTextPart; pattern: RegExp; count: number } | undefined
  for (const part of parts) {
    const held = patterns.filter((pattern) => pattern.test(part.text))
    if (held.length > (best?.count ?? 0)) best = { part, pattern: held[0]!, count: held.length }
  }
  if (!best) return undefined
  const { text, field } = best.part
  const found = best.pattern.exec(text)
  if (!found) return undefined
  const start = found.index
  const end = start + found[0].length
  let from = Math.max(0, start - SNIPPET_BEFORE)
  let to = Math.min(text.length, end + SNIPPET_AFTER)
  // Never cut a character in two (an emoji is two UTF-16 units).
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from -= 1
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to += 1
  return {
    field,
    before: text.slice(from, start),
    match: found[0],
    after: text.slice(end, to),
    cutStart: from > 0,
    cutEnd: to < text.length,
  }
}
