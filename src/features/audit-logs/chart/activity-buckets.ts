/**
 * Splits a time range into a few buckets of a round unit (a minute up to a quarter), so the chart
 * reads naturally ("6-hour bars") and bucket edges fall on boundaries people recognise. Each
 * bucket costs the vendor one request, so a view has at most MAX_BUCKETS of them: the chart is
 * coarse at first and refines as it is zoomed (a zoomed range gets its own, smaller, unit).
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
  3 * DAY,
  7 * DAY,
  14 * DAY,
  30 * DAY,
  90 * DAY,
  180 * DAY,
  365 * DAY,
] as const

/**
 * Buckets (so requests) per view, edges included: with the list's page and the next one it keeps
 * a page view within the vendor request budget of decision 016.
 */
export const MAX_BUCKETS = 6
/** With no range, the chart covers the year Losant keeps entries for. */
export const DEFAULT_SPAN = 365 * DAY

export interface Bucket {
  start: number
  /** Exclusive. */
  end: number
  /**
   * The last bucket of a range open at its end: counted with no end ("up to now"), so its count
   * is the same cached question however often the URL is read.
   */
  openEnd?: boolean
}

/** The span the chart draws; an open range ends now, and with no start covers the last year. */
export function chartSpan(range: TimeRange, now: number): Bucket {
  const end = range.end !== undefined ? range.end + 1 : now
  const start = range.start ?? end - DEFAULT_SPAN
  return { start, end: Math.max(end, start + MINUTE) }
}

/** Day-sized buckets start at midnight in the zone the page shows; smaller ones on their unit. */
function alignDown(ms: number, unit: number, zone: TimeZoneChoice): number {
  if (unit < DAY) return Math.floor(ms / MINUTE) * MINUTE - ((Math.floor(ms / MINUTE) * MINUTE) % unit)
  const offset = zone === 'utc' ? 0 : -new Date(ms).getTimezoneOffset() * MINUTE
  return Math.floor((ms + offset) / DAY) * DAY - offset
}

/** The smallest unit that splits `span` into at most MAX_BUCKETS buckets, however it is aligned. */
export function chooseUnit(span: number): number {
  return BUCKET_UNITS.find((unit) => Math.ceil(span / unit) + 1 <= MAX_BUCKETS) ?? BUCKET_UNITS.at(-1)!
}

export function activityBuckets(range: TimeRange, zone: TimeZoneChoice, now: number): Bucket[] {
  const span = chartSpan(range, now)
  const unit = chooseUnit(span.end - span.start)
  const first = alignDown(span.start, unit, zone)
  // A chosen start clips the first bucket, so counts never include entries outside the range;
  // with no start the first bucket starts on its unit's edge, so its count (a closed span) is the
  // same question on every visit and is read from the cache.
  const from = range.start === undefined ? first : span.start
  const buckets: Bucket[] = []
  for (let start = first; start < span.end; start += unit) {
    buckets.push({ start: Math.max(start, from), end: Math.min(start + unit, span.end) })
  }
  if (range.end === undefined) buckets[buckets.length - 1]!.openEnd = true
  return buckets
}
