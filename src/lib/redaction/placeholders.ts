import { normaliseReason, type RedactionOrigin, type RedactionReason } from './reasons'

/** What a server-side redaction serialises to (and the marker most vendors already use). */
export const SERVER_PLACEHOLDER = '[REDACTED]'

export function clientPlaceholder(reason: RedactionReason): string {
  return `[REDACTED: ${normaliseReason(reason)}]`
}

export interface PlaceholderMatch {
  start: number
  end: number
  reason: RedactionReason
  origin: RedactionOrigin
}

// Bounded reason length keeps the scan linear; canonical spacing is checked after matching.
const PLACEHOLDER = /\[REDACTED(?:: ([a-z ]{1,40}))?\]/g
const CANONICAL_REASON = /^[a-z]+(?: [a-z]+)*$/

/**
 * Every placeholder in `text`, server (`[REDACTED]`) or client (`[REDACTED: reason]`). Detectors
 * never look inside these spans, which is what stops `[REDACTED: bearer token]` from being read
 * as "bearer" followed by a token.
 */
export function findPlaceholders(text: string): PlaceholderMatch[] {
  if (!text.includes('[REDACTED')) return []
  const found: PlaceholderMatch[] = []
  PLACEHOLDER.lastIndex = 0
  for (let m = PLACEHOLDER.exec(text); m !== null; m = PLACEHOLDER.exec(text)) {
    const reason = m[1]
    if (reason !== undefined && !CANONICAL_REASON.test(reason)) continue
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      reason: reason ?? 'server redacted',
      origin: reason === undefined ? 'server' : 'client',
    })
  }
  return found
}

/** The reason when the whole (trimmed) string is one client placeholder, else null. */
export function wholeClientPlaceholderReason(text: string): RedactionReason | null {
  if (text.length > 64 || !text.includes('[REDACTED: ')) return null
  const trimmed = text.trim()
  const [only, ...rest] = findPlaceholders(trimmed)
  if (only === undefined || rest.length > 0) return null
  if (only.start !== 0 || only.end !== trimmed.length || only.origin !== 'client') return null
  return only.reason
}
