import { SERVER_PLACEHOLDER } from './placeholders'

/**
 * Strings vendors and frameworks write in place of a value they scrubbed (Sentry `[Filtered]`,
 * Rails `[FILTERED]`, Django/most SDKs `********`, …). With these defaults any string made only
 * of three or more `*` is a marker too.
 */
export const DEFAULT_SERVER_MARKERS: readonly string[] = Object.freeze([
  '[REDACTED]',
  '[redacted]',
  '[Redacted]',
  '**REDACTED**',
  '<redacted>',
  '<REDACTED>',
  'REDACTED',
  '[FILTERED]',
  '[Filtered]',
  '[filtered]',
  '[MASKED]',
  '[HIDDEN]',
  '********',
])

export type ServerMarkerMatcher = (value: string) => boolean

const ONLY_STARS = /^\*{3,}$/

/**
 * `[REDACTED]` is always recognised, whatever the source's markers: it is what a server-origin
 * RedactedValue serialises to, so redacting our own output must find it again.
 */
export function createServerMarkerMatcher(markers?: readonly string[]): ServerMarkerMatcher {
  const useDefaults = markers === undefined
  const exact = new Set<string>([SERVER_PLACEHOLDER])
  for (const marker of markers ?? DEFAULT_SERVER_MARKERS) {
    if (typeof marker !== 'string') continue
    const trimmed = marker.trim()
    if (trimmed !== '') exact.add(trimmed)
  }
  let longest = 0
  for (const marker of exact) longest = Math.max(longest, marker.length)

  return (value) => {
    const candidate = hasOuterWhitespace(value) ? value.trim() : value
    if (candidate.length === 0) return false
    if (candidate.length <= longest && exact.has(candidate)) return true
    return useDefaults && candidate.charCodeAt(0) === 42 /* * */ && ONLY_STARS.test(candidate)
  }
}

function hasOuterWhitespace(value: string): boolean {
  return value.length > 0 && (isSpace(value.charCodeAt(0)) || isSpace(value.charCodeAt(value.length - 1)))
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0xfeff
}

export const defaultServerMarkerMatcher: ServerMarkerMatcher = createServerMarkerMatcher()
