import { redactJson, redactText } from '@/lib/redaction'
import type { RedactedJson } from '@/lib/redaction'

/**
 * The redactor as an adapter's decoder uses it: every logged value of one entry goes through
 * `json` or `text` (so no secret reaches the query cache, React state or the DOM), and `count`
 * says how many values were replaced, for the drawer's "N values were redacted".
 */
export function createRedactionTally() {
  let count = 0
  return {
    json(value: unknown): RedactedJson {
      const result = redactJson(value)
      count += result.redactions.length
      return result.value
    },
    text(value: string): string {
      const result = redactText(value)
      count += result.redactions.length
      return result.text
    },
    count: () => count,
  }
}
