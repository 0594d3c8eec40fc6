/** Min / median / max of repeated measurements. */
export interface Summary {
  n: number
  min: number
  median: number
  max: number
}

export function summarize(values: readonly number[]): Summary | undefined {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b)
  if (sorted.length === 0) return undefined
  const middle = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
  return { n: sorted.length, min: sorted[0]!, median, max: sorted[sorted.length - 1]! }
}

/** Summaries of every numeric field that the samples share, e.g. `{ lcp: …, fcp: … }`. */
export function summarizeFields<K extends string>(samples: readonly Partial<Record<K, number>>[], keys: readonly K[]) {
  const out = {} as Record<K, Summary | undefined>
  for (const key of keys) {
    out[key] = summarize(samples.flatMap((sample) => (sample[key] === undefined ? [] : [sample[key]])))
  }
  return out
}
