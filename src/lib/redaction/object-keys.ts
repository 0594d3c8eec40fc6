import { MIN_SECRET_TEXT_LENGTH } from './find-secrets'
import { type PairRole, pairRole } from './name-value-pairs'
import { findPlaceholders } from './placeholders'
import type { RedactionOrigin, RedactionReason } from './reasons'
import { redactSecretsInText } from './redact-text'
import { isSensitiveKey } from './sensitive-keys'
import type { ServerMarkerMatcher } from './server-markers'

/**
 * How one object key is written out. Keys are shown in the UI too, and maps keyed by token
 * ({ "<session token>": {...} }) exist, so keys get the same value detectors as strings.
 */
export interface KeyVerdict {
  outKey: string
  /** Non-null: the value under this key is replaced whole. */
  sensitive: RedactionReason | null
  /** Placeholders in `outKey`, reported as redactions at the key's path. */
  marks: readonly { reason: RedactionReason; origin: RedactionOrigin }[]
  /** Whether this key is the name or the value half of a { name, value } record. */
  role: PairRole
}

export function analyseKey(key: string, isServerMarker: ServerMarkerMatcher): KeyVerdict {
  const outKey = key.length < MIN_SECRET_TEXT_LENGTH ? key : redactSecretsInText(key, isServerMarker).text
  return verdictFor(outKey)
}

// Sensitivity is judged on the written key, so that a second pass (which only sees that key)
// reaches the same verdict.
function verdictFor(outKey: string): KeyVerdict {
  const marks = findPlaceholders(outKey).map(({ reason, origin }) => ({ reason, origin }))
  return { outKey, sensitive: isSensitiveKey(outKey), marks, role: pairRole(outKey) }
}

/**
 * Two secrets can redact to the same key text. Keys that were left alone keep their names;
 * redacted ones get " (2)", " (3)", … so that no entry is lost.
 */
export function withUniqueKeys(keys: readonly string[], verdicts: readonly KeyVerdict[]): KeyVerdict[] {
  const taken = new Set(keys.filter((key, i) => verdicts[i]?.outKey === key))
  const nextSuffix = new Map<string, number>()
  return verdicts.map((verdict, i) => {
    if (verdict.outKey === keys[i] || !taken.has(verdict.outKey)) {
      taken.add(verdict.outKey)
      return verdict
    }
    let n = nextSuffix.get(verdict.outKey) ?? 2
    let candidate = `${verdict.outKey} (${n})`
    while (taken.has(candidate)) candidate = `${verdict.outKey} (${++n})`
    nextSuffix.set(verdict.outKey, n + 1)
    taken.add(candidate)
    return verdictFor(candidate)
  })
}
