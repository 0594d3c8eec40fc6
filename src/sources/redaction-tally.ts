import { SLICE_MS, yieldToMain } from '@/lib/async/yield-to-main'
import type { RedactedJson, RedactJsonResult } from '@/lib/redaction'
import { redactJson, redactJsonInSlices, redactText } from '@/lib/redaction'

/**
 * The redactor as an adapter's decoder uses it: every logged value of one entry goes through
 * `json` or `text` (so no secret reaches the query cache, React state or the DOM), and `count`
 * says how many values were replaced, for the drawer's "N values were redacted".
 */
export function createRedactionTally() {
  let count = 0
  const tally = (result: RedactJsonResult) => {
    count += result.redactions.length
    return result.value
  }
  return {
    json: (value: unknown): RedactedJson => tally(redactJson(value)),
    /** `json` for one entry's bodies, which may be megabytes: in slices, between which the page runs. */
    jsonInSlices: async (value: unknown): Promise<RedactedJson> =>
      tally(await redactJsonInSlices(value, { pause: yieldToMain, sliceMs: SLICE_MS })),
    text(value: string): string {
      const result = redactText(value)
      count += result.redactions.length
      return result.text
    },
    count: () => count,
  }
}
