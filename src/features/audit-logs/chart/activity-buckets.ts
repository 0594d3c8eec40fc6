/**
 * Splits a time range into 30–60 buckets of a round unit (a minute up to a month), so the chart
 * reads naturally ("3-hour bars") and bucket edges fall on boundaries people recognise.
 */
import type { TimeZoneChoice } from '@/lib/format/format-time'
import type { TimeRange } from '@/sources/audit-search'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

export const BUCKET_UNITS = [
  MINUTE,
  2 * MINUTE,
  5 * MINUTE,
  10 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  2 * HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  7 * DAY,
  14 * DAY,
  30 * DAY,
] as const

export const MAX_BUCKETS = 60
/** With no range, the chart covers the year Losant keeps entries for. */
export const DEFAULT_SPAN = 365 * DAY

export interface Bucket {
  start: number
  /** Exclusive. */
  end: number
}

export function chartSpan(range: TimeRange, now: number): Bucket {
  const end = range.end !== undefined ? range.end + 1 : now
  const start = range.start ?? end - DEFAULT_SPAN
  return { start, end: Math.max(end, start + MINUTE) }
}

/** Day-sized buckets start at midnight in the zone the page shows; smaller ones on the minute. */
function alignDown(ms: number, unit: number, zone: TimeZoneChoice): number {
  if (unit < DAY) return Math.floor(ms / MINUTE) * MINUTE - ((Math.floor(ms / MINUTE) * MINUTE) % unit)
  const offset = zone === 'utc' ? 0 : -new Date(ms).getTimezoneOffset() * MINUTE
  return Math.floor((ms + offset) / DAY) * DAY - offset
}

export function chooseUnit(span: number): number {
  return BUCKET_UNITS.find((unit) => Math.ceil(span / unit) <= MAX_BUCKETS) ?? BUCKET_UNITS.at(-1)!
}

export function activityBuckets(range: TimeRange, zone: TimeZoneChoice, now: number): Bucket[] {
  const span = chartSpan(range, now)
  const unit = chooseUnit(span.end - span.start)
  const buckets: Bucket[] = []
  // The first and last buckets are clipped to the range so counts never include entries outside it.
  for (let start = alignDown(span.start, unit, zone); start < span.end; start += unit) {
    buckets.push({ start: Math.max(start, span.start), end: Math.min(start + unit, span.end) })
  }
  return buckets
}
