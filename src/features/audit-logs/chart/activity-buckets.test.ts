import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { activityBuckets, chooseUnit, DEFAULT_SPAN, MAX_BUCKETS } from './activity-buckets'

const NOW = Date.UTC(2026, 10, 22, 12, 34, 56)
const MINUTE = 60_000
const DAY = 86_400_000

describe('activityBuckets', () => {
  it('picks round units that keep the presets to a few bars', () => {
    expect(chooseUnit(3_600_000)).toBe(15 * MINUTE)
    expect(chooseUnit(DAY)).toBe(6 * 3_600_000)
    expect(chooseUnit(7 * DAY)).toBe(2 * DAY)
    expect(chooseUnit(30 * DAY)).toBe(7 * DAY)
    expect(chooseUnit(365 * DAY)).toBe(90 * DAY)
  })

  it('covers a chosen range exactly, without gaps or overlaps, in at most MAX_BUCKETS buckets', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2025, 0, 1), max: NOW }),
        fc.integer({ min: MINUTE, max: 400 * DAY }),
        fc.constantFrom<'local' | 'utc'>('local', 'utc'),
        fc.boolean(),
        (start, length, zone, openEnd) => {
          const range = openEnd ? { start } : { start, end: start + length - 1 }
          const now = openEnd ? start + length : NOW
          const buckets = activityBuckets(range, zone, now)
          expect(buckets.length).toBeGreaterThan(0)
          expect(buckets.length).toBeLessThanOrEqual(MAX_BUCKETS)
          expect(buckets[0]!.start).toBe(start)
          expect(buckets.at(-1)!.end).toBe(start + length)
          buckets.forEach((bucket, i) => {
            expect(bucket.end).toBeGreaterThan(bucket.start)
            if (i > 0) expect(bucket.start).toBe(buckets[i - 1]!.end)
            // Only the last bucket of a range open at its end is counted without an end.
            expect(Boolean(bucket.openEnd)).toBe(openEnd && i === buckets.length - 1)
          })
        },
      ),
    )
  })

  it('covers the last year when no range is chosen, from a day edge, the same buckets all day', () => {
    const buckets = activityBuckets({}, 'utc', NOW)
    expect(buckets.length).toBeLessThanOrEqual(MAX_BUCKETS)
    expect(buckets[0]!.start % DAY, 'the first bucket is whole: its count is asked the same way every visit').toBe(0)
    expect(buckets[0]!.start).toBeLessThanOrEqual(NOW - DEFAULT_SPAN)
    expect(buckets.at(-1)).toMatchObject({ end: NOW, openEnd: true })
    // An hour later (the URL read again): the same closed buckets, so the same cached counts.
    const later = activityBuckets({}, 'utc', NOW + 3_600_000)
    expect(later.slice(0, -1)).toEqual(buckets.slice(0, -1))
    expect(later.at(-1)!.start).toBe(buckets.at(-1)!.start)
  })
})
