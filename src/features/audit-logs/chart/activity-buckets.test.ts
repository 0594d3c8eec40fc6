import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { activityBuckets, chooseUnit, MAX_BUCKETS } from './activity-buckets'

const NOW = Date.UTC(2026, 10, 22, 12, 34, 56)
const DAY = 86_400_000

describe('activityBuckets', () => {
  it('picks round units for the presets', () => {
    expect(chooseUnit(3_600_000)).toBe(60_000)
    expect(chooseUnit(DAY)).toBe(30 * 60_000)
    expect(chooseUnit(7 * DAY)).toBe(3 * 3_600_000)
    expect(chooseUnit(365 * DAY)).toBe(7 * DAY)
  })

  it('covers the range exactly, without gaps or overlaps, in at most 60 buckets', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2025, 0, 1), max: NOW }),
        fc.integer({ min: 60_000, max: 400 * DAY }),
        fc.constantFrom<'local' | 'utc'>('local', 'utc'),
        (start, length, zone) => {
          const range = { start, end: start + length - 1 }
          const buckets = activityBuckets(range, zone, NOW)
          expect(buckets.length).toBeGreaterThan(0)
          expect(buckets.length).toBeLessThanOrEqual(MAX_BUCKETS + 1)
          expect(buckets[0]!.start).toBe(start)
          expect(buckets.at(-1)!.end).toBe(range.end + 1)
          buckets.forEach((bucket, i) => {
            expect(bucket.end).toBeGreaterThan(bucket.start)
            if (i > 0) expect(bucket.start).toBe(buckets[i - 1]!.end)
          })
        },
      ),
    )
  })

  it('covers the last year when no range is chosen, in UTC day-aligned weeks', () => {
    const buckets = activityBuckets({}, 'utc', NOW)
    expect(buckets.at(-1)!.end).toBe(NOW)
    expect(buckets[1]!.start % DAY).toBe(0)
  })
})
