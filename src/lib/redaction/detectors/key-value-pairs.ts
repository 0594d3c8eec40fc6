import { REASON, type RedactionReason } from '../reasons'
import { isSensitiveKey } from '../sensitive-keys'
import type { SecretDetector } from './secret-finding'

// A key-ish word, optionally quoted (also JSON-escaped: \"password\"), then ':' or '=':
// query strings, form bodies, headers, env files, YAML, JSON fragments that no longer parse
// (audit bodies are often truncated). The value is scanned by hand, and only for sensitive keys.
const KEY_THEN_SEPARATOR =
  /(?<![A-Za-z0-9_])([A-Za-z_][A-Za-z0-9_.\-[\]]{0,63})(?:\\?["'])?[ \t]{0,8}([:=])(?!=)[ \t]{0,8}/g

/**
 * Values that say "nothing here" rather than hold a secret. A bare auth scheme is what is left
 * of "Authorization: Bearer [REDACTED]" once the token itself was redacted upstream.
 */
const NOT_SECRET_VALUES = new Set([
  'null',
  'true',
  'false',
  'undefined',
  'none',
  'nil',
  'bearer',
  'basic',
  'digest',
  'negotiate',
  'token',
])

/** Header-style values run to the end of the line: cookies contain ';', auth schemes spaces. */
const WHOLE_LINE_REASONS: ReadonlySet<RedactionReason> = new Set([REASON.authorization, REASON.cookie])

const MAX_QUOTED_VALUE = 65_536

export const detectKeyValuePairs: SecretDetector = (segment, offset, found, isServerMarker) => {
  if (segment.length < 5 || (!segment.includes('=') && !segment.includes(':'))) return
  KEY_THEN_SEPARATOR.lastIndex = 0
  for (let m = KEY_THEN_SEPARATOR.exec(segment); m !== null; m = KEY_THEN_SEPARATOR.exec(segment)) {
    const reason = isSensitiveKey(m[1] ?? '')
    if (reason === null) continue
    const valueStart = m.index + m[0].length
    const span = scanValue(segment, valueStart, m[2] === '=', WHOLE_LINE_REASONS.has(reason))
    if (span === null) continue
    KEY_THEN_SEPARATOR.lastIndex = Math.max(span.end, valueStart)
    const value = segment.slice(span.start, span.end)
    if ((value.length <= 9 && NOT_SECRET_VALUES.has(value.toLowerCase())) || isServerMarker(value)) continue
    // phraseStart is the value, not the key: "password=x" is not a secret as a whole, and
    // reads better as "password=[REDACTED: password]" than as a bare placeholder.
    found.push({ start: offset + span.start, end: offset + span.end, phraseStart: offset + span.start, reason })
  }
}

interface Span {
  start: number
  end: number
}

function scanValue(text: string, start: number, afterEquals: boolean, wholeLine: boolean): Span | null {
  const open = text[start]
  if (open === '"' || open === "'" || open === '`') return quotedValue(text, start + 1, open)
  if (open === '\\' && (text[start + 1] === '"' || text[start + 1] === "'")) {
    return escapedQuotedValue(text, start + 2, `\\${text[start + 1]}`)
  }
  let end = start
  while (end < text.length && !endsUnquotedValue(text.charCodeAt(end), afterEquals, wholeLine)) end++
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--
  return end > start ? { start, end } : null
}

function quotedValue(text: string, start: number, quote: string): Span | null {
  const limit = Math.min(text.length, start + MAX_QUOTED_VALUE)
  for (let i = start; i < limit; i++) {
    const ch = text[i]
    if (ch === '\\') i++
    else if (ch === quote) return i > start ? { start, end: i } : null
  }
  // Unterminated (a truncated body): everything that follows may be the secret.
  return limit > start ? { start, end: limit } : null
}

function escapedQuotedValue(text: string, start: number, closing: string): Span | null {
  const found = text.indexOf(closing, start)
  const end = found === -1 ? Math.min(text.length, start + MAX_QUOTED_VALUE) : found
  return end > start ? { start, end } : null
}

function endsUnquotedValue(code: number, afterEquals: boolean, wholeLine: boolean): boolean {
  if (code === 10 || code === 13) return true // \n \r
  if (wholeLine) return false
  switch (code) {
    case 34: // "
    case 39: // '
    case 96: // `
    case 44: // ,
    case 59: // ;
    case 38: // &
    case 60: // <
    case 62: // >
    case 125: // }
    case 93: // ]
    case 92: // \
      return true
    case 32: // space
    case 9: // tab
    case 41: // )
    case 35: // #
      return afterEquals
    default:
      return false
  }
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9
}
