import { findSecrets, type SecretFinding } from './find-secrets'
import { clientPlaceholder, findPlaceholders } from './placeholders'
import { REASON, type RedactionReason } from './reasons'
import { defaultServerMarkerMatcher, type ServerMarkerMatcher } from './server-markers'
import type { Redaction } from './types'

/**
 * Replacing one secret can, in contrived input, expose a neighbour to a detector (the boundary
 * next to it changes). Rescanning until nothing is found makes the output a fixed point; if it
 * has not settled after a few passes the whole text is replaced, which is trivially stable.
 */
const MAX_PASSES = 4

export interface TextRedaction {
  text: string
  /** Set when the text, trimmed, is nothing but one secret. */
  whole: RedactionReason | null
}

export function redactSecretsInText(text: string, isServerMarker: ServerMarkerMatcher): TextRedaction {
  let current = text
  for (let pass = 0; pass <= MAX_PASSES; pass++) {
    const findings = findSecrets(current, isServerMarker)
    if (findings.length === 0) return { text: current, whole: null }
    if (pass === MAX_PASSES) break
    const whole = wholeSecretReason(current, findings)
    if (whole !== null) return { text: clientPlaceholder(whole), whole }
    current = replaceFindings(current, findings)
  }
  return { text: clientPlaceholder(REASON.secret), whole: REASON.secret }
}

function wholeSecretReason(text: string, findings: readonly SecretFinding[]): RedactionReason | null {
  const [only, ...others] = findings
  if (only === undefined || others.length > 0) return null
  const leading = text.length - text.trimStart().length
  const trailing = text.length - text.trimEnd().length
  return only.phraseStart <= leading && only.end >= text.length - trailing ? only.reason : null
}

function replaceFindings(text: string, findings: readonly SecretFinding[]): string {
  let out = ''
  let from = 0
  for (const finding of findings) {
    out += text.slice(from, finding.start) + clientPlaceholder(finding.reason)
    from = finding.end
  }
  return out + text.slice(from)
}

/**
 * Replaces every detected secret inside free text (a message, a CSV cell) with
 * `[REDACTED: reason]`. Every placeholder in the result is reported, including ones that were
 * already there, so that redacting the output again reports the same list.
 */
export function redactText(text: string): { text: string; redactions: Redaction[] } {
  const source = typeof text === 'string' ? text : ''
  const result = redactSecretsInText(source, defaultServerMarkerMatcher).text
  const redactions = findPlaceholders(result).map(({ reason, origin }): Redaction => ({ path: [], reason, origin }))
  return { text: result, redactions }
}
