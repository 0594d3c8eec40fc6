import { REASON } from '../reasons'
import type { SecretDetector } from './secret-finding'

// RFC 6750 b64token characters.
const BEARER = /(?<![A-Za-z0-9])bearer[ \t]+([A-Za-z0-9\-._~+/]+=*)/gi
const BASIC = /(?<![A-Za-z0-9])basic[ \t]+([A-Za-z0-9+/]{4,}={0,2})(?![A-Za-z0-9+/=])/gi
// Plain literal scans are much cheaper than starting the lookbehind patterns at every position.
const BEARER_WORD = /bearer/i
const BASIC_WORD = /basic/i
const PLAIN_WORD = /^[A-Za-z][a-z]*\.?$/
const MIN_BEARER_TOKEN = 8

/**
 * `Bearer <token>`: only the token is replaced, so "Authorization: Bearer [REDACTED: …]" still
 * reads naturally. Prose ("uses bearer authentication") is left alone: a token is at least 8
 * characters and not a plain word.
 */
export const detectBearerTokens: SecretDetector = (segment, offset, found) => {
  if (segment.length < 7 + MIN_BEARER_TOKEN || !BEARER_WORD.test(segment)) return
  BEARER.lastIndex = 0
  for (let m = BEARER.exec(segment); m !== null; m = BEARER.exec(segment)) {
    const token = m[1] ?? ''
    if (token.length < MIN_BEARER_TOKEN || PLAIN_WORD.test(token)) continue
    const end = offset + m.index + m[0].length
    found.push({ start: end - token.length, end, phraseStart: offset + m.index, reason: REASON.bearerToken })
  }
}

/** `Basic <base64 of user:password>`; the colon check keeps "Basic plan" and friends visible. */
export const detectBasicCredentials: SecretDetector = (segment, offset, found) => {
  if (segment.length < 10 || !BASIC_WORD.test(segment)) return
  BASIC.lastIndex = 0
  for (let m = BASIC.exec(segment); m !== null; m = BASIC.exec(segment)) {
    const token = m[1] ?? ''
    if (!decodesToUserAndPassword(token)) continue
    const end = offset + m.index + m[0].length
    found.push({ start: end - token.length, end, phraseStart: offset + m.index, reason: REASON.basicAuth })
  }
}

function decodesToUserAndPassword(token: string): boolean {
  // atob throws on this length; exceptions are slow enough to matter on hostile input.
  if (token.replace(/=+$/, '').length % 4 === 1) return false
  try {
    return atob(token).includes(':')
  } catch {
    return false
  }
}
