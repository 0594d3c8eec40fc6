import { chartMessages } from '@/lib/i18n/chart-messages'

import type { HistogramScale } from './histogram-scale'
import type { HistogramBucket } from './histogram-types'

/** Words the chart speaks. Pure, so labels and the summary can be tested without rendering. */

export type FormatCount = (n: number) => string
export type FormatRange = (start: number, end: number) => string

let numberFormat: Intl.NumberFormat | undefined
export const defaultFormatCount: FormatCount = (n) => (numberFormat ??= new Intl.NumberFormat()).format(n)

const m = chartMessages.histogram

export const LOADING_TEXT = m.loadingCount

export function entriesText(count: number, formatCount: FormatCount): string {
  return m.entries(count, formatCount)
}

/** The accessible name of one bucket's button, e.g. "Nov 3, 14:00 – 15:00: 87 entries". */
export function bucketLabel(bucket: HistogramBucket, formatRange: FormatRange, formatCount: FormatCount): string {
  const count = bucket.count === undefined ? LOADING_TEXT : entriesText(bucket.count, formatCount)
  return m.bucket(formatRange(bucket.start, bucket.end), count)
}

/** The caption's second line, e.g. "1,234 entries · peak 87 at Nov 3, 14:00 – 15:00". */
export function summaryText(
  buckets: readonly HistogramBucket[],
  scale: HistogramScale,
  formatRange: FormatRange,
  formatCount: FormatCount,
): string {
  if (buckets.length === 0) return m.noData
  if (scale.loading === buckets.length) return m.loading
  const peak = buckets[scale.peakIndex]
  if (scale.loading > 0) {
    // Partial counts are a lower bound; say so rather than show a total that will still grow.
    return m.atLeastLoading(entriesText(scale.total, formatCount))
  }
  if (peak === undefined) return m.noEntriesInRange
  return m.summary(entriesText(scale.total, formatCount), formatCount(scale.max), formatRange(peak.start, peak.end))
}
