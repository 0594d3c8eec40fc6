import type { RedactionOrigin, RedactionReason } from './reasons'
import type { RedactedValue } from './redacted-value'

export type RedactedJson =
  null | boolean | number | string | RedactedValue | RedactedJson[] | { [key: string]: RedactedJson }

export interface Redaction {
  /** Keys/indices from the root to the redacted value (or to the string that contains it). */
  path: (string | number)[]
  reason: RedactionReason
  origin: RedactionOrigin
}

export interface RedactOptions {
  /** Exact strings (compared after trimming) a source writes in place of a secret. */
  serverMarkers?: readonly string[]
  /** Containers nested deeper than this are replaced by a "[truncated: …]" string. Default 200. */
  maxDepth?: number
}
