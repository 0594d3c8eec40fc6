import type { HistogramScale } from './histogram-scale'
import type { HistogramBucket } from './histogram-types'

/** Words the chart speaks. Pure, so labels and the summary can be tested without rendering. */

export type FormatCount = (n: number) => string
export type FormatRange = (start: number, end: number) => string

const numberFormat = new Intl.NumberFormat()
export const defaultFormatCount: FormatCount = (n) => numberFormat.format(n)

export const LOADING_TEXT = '… loading'

export function entriesText(count: number, formatCount: FormatCount): string {
  return `${formatCount(count)} ${count === 1 ? 'entry' : 'entries'}`
}

/** The accessible name of one bucket's button, e.g. "Nov 3, 14:00 – 15:00: 87 entries". */
export function bucketLabel(bucket: HistogramBucket, formatRange: FormatRange, formatCount: FormatCount): string {
  const count = bucket.count === undefined ? LOADING_TEXT : entriesText(bucket.count, formatCount)
  return `${formatRange(bucket.start, bucket.end)}: ${count}`
}

/** The caption's second line, e.g. "1,234 entries · peak 87 at Nov 3, 14:00 – 15:00". */
export function summaryText(
  buckets: readonly HistogramBucket[],
  scale: HistogramScale,
  formatRange: FormatRange,
  formatCount: FormatCount,
): string {
  if (buckets.length === 0) return 'No data'
  if (scale.loading === buckets.length) return 'Loading…'
  const peak = buckets[scale.peakIndex]
  if (scale.loading > 0) {
    // Partial counts are a lower bound; say so rather than show a total that will still grow.
    return `At least ${entriesText(scale.total, formatCount)} · loading…`
  }
  if (peak === undefined) return 'No entries in this range'
  return `${entriesText(scale.total, formatCount)} · peak ${formatCount(scale.max)} at ${formatRange(peak.start, peak.end)}`
}
