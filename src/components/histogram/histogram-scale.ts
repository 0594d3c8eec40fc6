import type { HistogramBucket, HistogramSelection } from './histogram-types'

/**
 * Pure geometry of the histogram. Vertical units are CSS pixels (the SVG's viewBox is as tall as
 * the plot), horizontal units are buckets (one viewBox unit per bucket).
 */

/** A bar with any entries at all stays visible even next to a peak thousands of times taller. */
export const MIN_VISIBLE_BAR = 2

export interface HistogramScale {
  /** Largest loaded count; 0 when nothing is loaded or everything is empty. */
  max: number
  /** Top of the y-axis: `niceMax(max)`. */
  yMax: number
  /** Sum of the loaded counts. */
  total: number
  /** Index of the first bucket holding `max`, or -1 when there is no non-empty bucket. */
  peakIndex: number
  /** How many buckets are still loading. */
  loading: number
  /** Bar height per bucket: scaled count, or the placeholder height while loading. */
  heights: readonly number[]
}

export function maxCount(buckets: readonly HistogramBucket[]): number {
  let max = 0
  for (const bucket of buckets) if (bucket.count !== undefined && bucket.count > max) max = bucket.count
  return max
}

/**
 * Round axis tops, finer than the classic 1-2-5 so a 96 px chart wastes at most a third of its
 * height on headroom (1-2-5 can waste up to 60 %: a peak of 201 on a 500 axis).
 */
const NICE_STEPS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10] as const

/**
 * The smallest round number (a NICE_STEPS multiple of a power of ten) that is ≥ `max`, so the axis
 * label reads well. Never below 1, so an all-zero range still has a flat scale, not a division by 0.
 */
export function niceMax(max: number): number {
  if (!(max > 1)) return 1
  // Start from a power of ten by exponent, then correct float drift of log10 by stepping.
  let magnitude = 10 ** Math.floor(Math.log10(max))
  while (magnitude > max) magnitude /= 10
  while (magnitude * 10 <= max) magnitude *= 10
  for (const step of NICE_STEPS) if (step * magnitude >= max) return step * magnitude
  return 10 * magnitude
}

/** Height of a bar in px: 0 for no entries, otherwise proportional, at least MIN_VISIBLE_BAR. */
export function barHeight(count: number, yMax: number, height: number): number {
  if (!(count > 0) || !(height > 0)) return 0
  const scaled = yMax > 0 ? (count / yMax) * height : height
  return Math.min(height, Math.max(MIN_VISIBLE_BAR, scaled))
}

/**
 * A loading bar's height: deterministic (so server and client, and every re-render, agree) and
 * varied between 25 % and 70 % of the plot so the skeleton reads as "a chart is coming".
 */
export function placeholderHeight(index: number, height: number): number {
  const wave = (Math.sin(index * 0.9) + Math.sin(index * 0.37 + 1)) / 4 + 0.5 // 0..1
  return height * (0.25 + 0.45 * wave)
}

export function computeScale(buckets: readonly HistogramBucket[], height: number): HistogramScale {
  let total = 0
  let loading = 0
  let peakIndex = -1
  let max = 0
  buckets.forEach((bucket, index) => {
    if (bucket.count === undefined) {
      loading += 1
      return
    }
    total += bucket.count
    if (bucket.count > max) {
      max = bucket.count
      peakIndex = index
    }
  })
  const yMax = niceMax(max)
  const heights = buckets.map((bucket, index) =>
    bucket.count === undefined ? placeholderHeight(index, height) : barHeight(bucket.count, yMax, height),
  )
  return { max, yMax, total, peakIndex, loading, heights }
}

export function clampIndex(index: number, length: number): number {
  if (length <= 0) return 0
  return Math.min(length - 1, Math.max(0, Math.trunc(index)))
}

/** Anchor and end of a drag or a Shift+Arrow run, in either order, as an in-range span. */
export function normaliseSelection(a: number, b: number, length: number): HistogramSelection {
  const x = clampIndex(a, length)
  const y = clampIndex(b, length)
  return x <= y ? { from: x, to: y } : { from: y, to: x }
}

export function inSelection(selection: HistogramSelection | null, index: number): boolean {
  return selection !== null && index >= selection.from && index <= selection.to
}

/** Which bucket a horizontal offset into the plot falls in; offsets outside clamp to the ends. */
export function indexAtOffset(offset: number, width: number, length: number): number {
  if (!(width > 0) || length <= 0) return 0
  return clampIndex(Math.floor((offset / width) * length), length)
}

export interface SelectionTotals {
  start: number
  end: number
  /** Sum of the loaded counts in the span. */
  count: number
  /** Whether any bucket in the span is still loading (then `count` is a lower bound). */
  loading: boolean
}

export function selectionTotals(
  buckets: readonly HistogramBucket[],
  selection: HistogramSelection,
): SelectionTotals | null {
  const first = buckets[selection.from]
  const last = buckets[selection.to]
  if (first === undefined || last === undefined) return null
  let count = 0
  let loading = false
  for (let i = selection.from; i <= selection.to; i++) {
    const value = buckets[i]?.count
    if (value === undefined) loading = true
    else count += value
  }
  return { start: first.start, end: last.end, count, loading }
}
