import { describe, expect, it } from 'vitest'

import { EMPTY_FILTERS } from './audit-search'
import { filterValueCounts, fitsValueLimit } from './filter-value-limit'

const parties = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `p${i}` }))
const types = (count: number) => Array.from({ length: count }, (_, i) => `T${i}`)

describe('filterValueCounts', () => {
  it('counts types and chosen parties on one key as every pair, either alone as itself', () => {
    expect(
      filterValueCounts({
        ...EMPTY_FILTERS,
        actorTypes: types(3),
        actors: parties(7),
        primaryTargetTypes: types(4),
        secondaryTargets: parties(2),
        requests: [{ resource: 'device' }, { resource: 'flow', action: 'patch' }],
      }),
    ).toEqual({ actor: 21, primaryTarget: 4, secondaryTarget: 2, request: 2 })
    expect(filterValueCounts(EMPTY_FILTERS)).toEqual({ actor: 0, primaryTarget: 0, secondaryTarget: 0, request: 0 })
  })
})

describe('fitsValueLimit', () => {
  it('holds when every list is within the limit, and always without one', () => {
    const atLimit = { ...EMPTY_FILTERS, actorTypes: types(4), actors: parties(5), requests: [] }
    expect(fitsValueLimit(atLimit, 20)).toBe(true)
    expect(fitsValueLimit({ ...atLimit, actors: parties(6) }, 20)).toBe(false)
    expect(fitsValueLimit({ ...EMPTY_FILTERS, secondaryTargetTypes: types(21) }, 20)).toBe(false)
    expect(fitsValueLimit({ ...EMPTY_FILTERS, secondaryTargetTypes: types(21) }, undefined)).toBe(true)
  })
})
