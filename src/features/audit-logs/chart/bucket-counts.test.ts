import { describe, expect, it } from 'vitest'

import { bucketCounts } from './bucket-counts'

describe('bucketCounts', () => {
  it('shows the counts asked, unknown ones as loading', () => {
    expect(bucketCounts(3, [4, undefined, null], undefined)).toEqual([4, undefined, undefined])
  })

  it('derives the last bucket from the span total once every other bucket is in', () => {
    expect(bucketCounts(3, [4, 5], 20)).toEqual([4, 5, 11])
    expect(bucketCounts(3, [4, undefined], 20)).toEqual([4, undefined, undefined])
    expect(bucketCounts(1, [], 7)).toEqual([7])
  })

  it('never derives a negative count', () => {
    expect(bucketCounts(2, [9], 5)).toEqual([9, 0])
  })
})
