import { detectBasicCredentials, detectBearerTokens } from './detectors/authorization-schemes'
import { detectAwsAccessKeys } from './detectors/aws-access-key'
import { detectCardNumbers } from './detectors/card-numbers'
import { detectJwts } from './detectors/jwt'
import { detectKeyValuePairs } from './detectors/key-value-pairs'
import { detectKnownTokenFormats } from './detectors/known-token-formats'
import { detectPrivateKeys } from './detectors/private-key'
import type { SecretDetector, SecretFinding } from './detectors/secret-finding'
import { detectUrlCredentials } from './detectors/url-credentials'
import { findPlaceholders } from './placeholders'
import type { ServerMarkerMatcher } from './server-markers'

export type { SecretFinding } from './detectors/secret-finding'

/** The shortest text any detector can match ("pwd=x"). */
export const MIN_SECRET_TEXT_LENGTH = 5

// Order matters only for ties: at the same start, the longer finding wins, then the earlier detector.
const DETECTORS: readonly SecretDetector[] = [
  detectPrivateKeys,
  detectBearerTokens,
  detectBasicCredentials,
  detectUrlCredentials,
  detectJwts,
  detectAwsAccessKeys,
  detectKnownTokenFormats,
  detectCardNumbers,
  detectKeyValuePairs,
]

const NOTHING_FOUND: readonly SecretFinding[] = Object.freeze([])

/**
 * Secrets in `text`, sorted and non-overlapping. Text inside existing placeholders is never
 * examined, and detectors run separately on the pieces between them, so our own output cannot
 * be re-detected as something else.
 */
export function findSecrets(text: string, isServerMarker: ServerMarkerMatcher): readonly SecretFinding[] {
  if (text.length < MIN_SECRET_TEXT_LENGTH) return NOTHING_FOUND
  const found: SecretFinding[] = []
  const placeholders = findPlaceholders(text)
  if (placeholders.length === 0) {
    runDetectors(text, 0, found, isServerMarker)
  } else {
    let from = 0
    for (const placeholder of placeholders) {
      runDetectors(text.slice(from, placeholder.start), from, found, isServerMarker)
      from = placeholder.end
    }
    runDetectors(text.slice(from), from, found, isServerMarker)
  }
  return found.length === 0 ? NOTHING_FOUND : mergeOverlapping(found)
}

function runDetectors(
  segment: string,
  offset: number,
  found: SecretFinding[],
  isServerMarker: ServerMarkerMatcher,
): void {
  if (segment.length < MIN_SECRET_TEXT_LENGTH) return
  for (const detect of DETECTORS) detect(segment, offset, found, isServerMarker)
}

function mergeOverlapping(found: SecretFinding[]): SecretFinding[] {
  if (found.length <= 1) return found
  // Array.prototype.sort is stable, so equal spans keep detector order.
  const sorted = found.sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: SecretFinding[] = []
  for (const finding of sorted) {
    const previous = merged[merged.length - 1]
    if (previous !== undefined && finding.start < previous.end) {
      previous.end = Math.max(previous.end, finding.end)
      previous.phraseStart = Math.min(previous.phraseStart, finding.phraseStart)
    } else {
      merged.push({ ...finding })
    }
  }
  return merged
}
