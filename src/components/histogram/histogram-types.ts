/** One bar of the histogram: a half-open time span and how many items fall in it. */
export interface HistogramBucket {
  /** Epoch ms, inclusive. */
  start: number
  /** Epoch ms, exclusive. */
  end: number
  /** `undefined` while the count is still loading. */
  count: number | undefined
}

/** A span of bucket indices, always normalised so that `from <= to`. */
export interface HistogramSelection {
  from: number
  to: number
}
