import type { RedactionReason } from '../reasons'
import type { ServerMarkerMatcher } from '../server-markers'

/** A secret found in a piece of text, in that text's coordinates. */
export interface SecretFinding {
  /** The characters to replace. */
  start: number
  end: number
  /**
   * Where the phrase that makes this a secret starts ("Bearer …", "password=…"); equals `start`
   * for self-evident secrets. A string whose single finding spans it from `phraseStart` to the
   * end is a secret as a whole.
   */
  phraseStart: number
  reason: RedactionReason
}

/**
 * Appends findings in `segment` (which sits at `offset` in the original text) to `found`.
 * Every detector must run in linear time on hostile input: patterns only start at a token
 * boundary (negative lookbehind) and contain no ambiguous nested quantifiers.
 */
export type SecretDetector = (
  segment: string,
  offset: number,
  found: SecretFinding[],
  isServerMarker: ServerMarkerMatcher,
) => void
