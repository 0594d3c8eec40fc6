import fc from 'fast-check'

import {
  barHeight,
  computeScale,
  indexAtOffset,
  maxCount,
  MIN_VISIBLE_BAR,
  niceMax,
  normaliseSelection,
  placeholderHeight,
  selectionTotals,
} from './histogram-scale'
import type { HistogramBucket } from './histogram-types'

const HOUR = 3_600_000
const bucketsOf = (counts: (number | undefined)[]): HistogramBucket[] =>
  counts.map((count, i) => ({ start: i * HOUR, end: (i + 1) * HOUR, count }))

describe('niceMax', () => {
  it.each([
    [0, 1],
    [1, 1],
    [3, 3],
    [7, 8],
    [10, 10],
    [11, 15],
    [87, 100],
    [100, 100],
    [101, 150],
    [306, 400],
    [450, 500],
    [1000, 1000],
    [12_345, 15_000],
  ])('%d → %d', (max, expected) => expect(niceMax(max)).toBe(expected))

  it('is a round number at least as large as max and at most 1.5 × max', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), (max) => {
        const nice = niceMax(max)
        expect(nice).toBeGreaterThanOrEqual(max)
        expect(nice).toBeLessThanOrEqual(1.5 * max)
        expect(Number.isInteger(nice)).toBe(true)
        const mantissa = nice / 10 ** Math.floor(Math.log10(nice) + 1e-9)
        expect([1, 1.5, 2, 2.5, 3, 4, 5, 6, 8]).toContain(Math.round(mantissa * 1e6) / 1e6)
      }),
    )
  })

  it('is monotonic in max', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1e9 }), fc.nat({ max: 1e9 }), (a, b) => {
        expect(niceMax(Math.min(a, b))).toBeLessThanOrEqual(niceMax(Math.max(a, b)))
      }),
    )
  })
})

describe('barHeight', () => {
  it('scales to the axis maximum, with a floor for small non-zero counts', () => {
    expect(barHeight(50, 100, 96)).toBe(48)
    expect(barHeight(100, 100, 96)).toBe(96)
    expect(barHeight(0, 100, 96)).toBe(0)
    expect(barHeight(1, 10_000, 96)).toBe(MIN_VISIBLE_BAR)
  })

  it('stays within [0, height], is 0 only for empty buckets, and is monotonic in count', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 1e9 }),
        fc.nat({ max: 1e9 }),
        fc.integer({ min: 1, max: 1e9 }),
        fc.integer({ min: 1, max: 1000 }),
        (a, b, max, height) => {
          const yMax = niceMax(Math.max(max, a, b))
          const [lo, hi] = a <= b ? [a, b] : [b, a]
          const hLo = barHeight(lo, yMax, height)
          const hHi = barHeight(hi, yMax, height)
          for (const h of [hLo, hHi]) {
            expect(h).toBeGreaterThanOrEqual(0)
            expect(h).toBeLessThanOrEqual(height)
          }
          expect(hLo).toBeLessThanOrEqual(hHi)
          expect(hLo === 0).toBe(lo === 0)
        },
      ),
    )
  })
})

describe('placeholderHeight', () => {
  it('is deterministic and between a quarter and three quarters of the plot', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1000 }), fc.integer({ min: 1, max: 500 }), (index, height) => {
        const h = placeholderHeight(index, height)
        expect(h).toBe(placeholderHeight(index, height))
        expect(h).toBeGreaterThanOrEqual(height * 0.25 - 1e-9)
        expect(h).toBeLessThanOrEqual(height * 0.7 + 1e-9)
      }),
    )
  })
})

describe('computeScale', () => {
  it('sums loaded counts, finds the first peak and counts loading buckets', () => {
    const scale = computeScale(bucketsOf([3, 87, undefined, 87, 0]), 96)
    expect(scale).toMatchObject({ max: 87, yMax: 100, total: 177, peakIndex: 1, loading: 1 })
    expect(scale.heights).toHaveLength(5)
    expect(scale.heights[1]).toBeCloseTo(83.52) // 87 / 100 × 96
    expect(scale.heights[4]).toBe(0)
    expect(scale.heights[2]).toBe(placeholderHeight(2, 96))
  })

  it('has no peak when everything is empty or loading', () => {
    expect(computeScale(bucketsOf([0, 0]), 96).peakIndex).toBe(-1)
    expect(computeScale(bucketsOf([undefined]), 96)).toMatchObject({ max: 0, yMax: 1, total: 0, loading: 1 })
    expect(maxCount([])).toBe(0)
  })

  it('never draws a loaded bar taller than the plot', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.nat({ max: 1e7 }), { nil: undefined }), { maxLength: 60 }), (counts) => {
        for (const h of computeScale(bucketsOf(counts), 96).heights) {
          expect(h).toBeGreaterThanOrEqual(0)
          expect(h).toBeLessThanOrEqual(96)
        }
      }),
    )
  })
})

describe('normaliseSelection', () => {
  it('orders and clamps the ends', () => {
    expect(normaliseSelection(5, 2, 10)).toEqual({ from: 2, to: 5 })
    expect(normaliseSelection(-3, 40, 10)).toEqual({ from: 0, to: 9 })
  })

  it('is symmetric and always an in-range span', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100, max: 100 }),
        fc.integer({ min: -100, max: 100 }),
        fc.integer({ min: 1, max: 60 }),
        (a, b, n) => {
          const span = normaliseSelection(a, b, n)
          expect(span).toEqual(normaliseSelection(b, a, n))
          expect(span.from).toBeLessThanOrEqual(span.to)
          expect(span.from).toBeGreaterThanOrEqual(0)
          expect(span.to).toBeLessThan(n)
        },
      ),
    )
  })
})

describe('indexAtOffset', () => {
  it('maps offsets to buckets and clamps outside the plot', () => {
    expect(indexAtOffset(0, 600, 60)).toBe(0)
    expect(indexAtOffset(15, 600, 60)).toBe(1)
    expect(indexAtOffset(-50, 600, 60)).toBe(0)
    expect(indexAtOffset(9999, 600, 60)).toBe(59)
    expect(indexAtOffset(10, 0, 60)).toBe(0)
  })

  it('is monotonic in the offset', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a]
          expect(indexAtOffset(lo, 640, 48)).toBeLessThanOrEqual(indexAtOffset(hi, 640, 48))
        },
      ),
    )
  })
})

describe('selectionTotals', () => {
  it('spans from the first bucket start to the last bucket end and flags loading', () => {
    const buckets = bucketsOf([1, 2, undefined, 4])
    expect(selectionTotals(buckets, { from: 0, to: 1 })).toEqual({ start: 0, end: 2 * HOUR, count: 3, loading: false })
    expect(selectionTotals(buckets, { from: 1, to: 3 })).toEqual({
      start: HOUR,
      end: 4 * HOUR,
      count: 6,
      loading: true,
    })
    expect(selectionTotals(buckets, { from: 2, to: 9 })).toBeNull()
  })
})
