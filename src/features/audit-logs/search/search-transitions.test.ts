import { describe, expect, it } from 'vitest'

import type { AuditSearch } from '@/sources/audit-search'
import { DEFAULT_SEARCH, EMPTY_FILTERS } from '@/sources/audit-search'

import {
  activeFilterCount,
  clearFilters,
  countingSearch,
  lastPageIndex,
  withFacet,
  withoutParty,
  withPage,
  withParty,
  withRange,
  withSort,
} from './search-transitions'

const onPage3: AuditSearch = {
  ...DEFAULT_SEARCH,
  page: 3,
  pageSize: 100,
  sort: { field: 'actor', direction: 'asc' },
  filters: { ...EMPTY_FILTERS, actorTypes: ['User'], actors: [{ id: 'a1', name: 'Ada' }] },
  range: { preset: '7d', start: 1_000 },
}

describe('search transitions', () => {
  it.each([
    ['withSort', withSort(onPage3, { field: 'time', direction: 'desc' })],
    ['withRange', withRange(onPage3, { start: 5, end: 9 })],
    ['withFacet', withFacet(onPage3, 'statusClasses', ['4xx'])],
    ['withParty', withParty(onPage3, 'primaryTargets', { id: 't1' })],
    ['withoutParty', withoutParty(onPage3, 'actors', 'a1')],
    ['clearFilters', clearFilters(onPage3)],
  ])('%s starts again from the first page and leaves the input alone', (_, next) => {
    expect(next.page).toBe(0)
    expect(onPage3.page).toBe(3)
  })

  it('paging keeps the view: sort, filters and range', () => {
    expect(withPage(onPage3, 7)).toEqual({ ...onPage3, page: 7 })
    expect(withPage(onPage3, 1, 25)).toEqual({ ...onPage3, page: 1, pageSize: 25 })
  })

  it('sets the sort, the range, a facet', () => {
    expect(withSort(onPage3, { field: 'status', direction: 'desc' }).sort).toEqual({
      field: 'status',
      direction: 'desc',
    })
    expect(withRange(onPage3, {}).range).toEqual({})
    const faceted = withFacet(onPage3, 'requests', ['device', 'device.delete'])
    expect(faceted.filters.requests).toEqual([{ resource: 'device' }, { resource: 'device', action: 'delete' }])
    expect(faceted.filters.actorTypes).toEqual(['User'])
    expect(withFacet(onPage3, 'actorTypes', []).filters.actorTypes).toEqual([])
  })

  it('adds a party once, and replaces the actor where the server takes one', () => {
    expect(withParty(onPage3, 'actors', { id: 'a1' })).toBe(onPage3)
    expect(withParty(onPage3, 'actors', { id: 'a2' }).filters.actors).toEqual([{ id: 'a1', name: 'Ada' }, { id: 'a2' }])
    expect(withParty(onPage3, 'actors', { id: 'a2' }, { maxActors: 1 }).filters.actors).toEqual([{ id: 'a2' }])
    expect(withoutParty(onPage3, 'actors', 'a1').filters.actors).toEqual([])
  })

  it.each(['requestIds', 'actorNames', 'actorEmails', 'sourceAddresses'] as const)(
    'keeps one %s at a time: a new one replaces the chosen one',
    (key) => {
      const once = withParty(onPage3, key, { id: 'first' })
      expect(once.page).toBe(0)
      expect(withParty(once, key, { id: 'first' })).toBe(once)
      expect(withParty(once, key, { id: 'second' }).filters[key]).toEqual([{ id: 'second' }])
      expect(withoutParty(once, key, 'first').filters[key]).toEqual([])
    },
  )

  it('clears every filter and the range, keeping sort and page size', () => {
    const cleared = clearFilters(onPage3)
    expect(cleared).toEqual({ ...onPage3, page: 0, filters: EMPTY_FILTERS, range: {} })
    expect(activeFilterCount(cleared)).toBe(0)
  })

  it('counts chosen values, with a time range as one', () => {
    expect(activeFilterCount(DEFAULT_SEARCH)).toBe(0)
    expect(activeFilterCount(onPage3)).toBe(3)
    expect(activeFilterCount(withRange(DEFAULT_SEARCH, { end: 5 }))).toBe(1)
  })

  it('asks a count probe for the filters in a range, in the default order', () => {
    expect(countingSearch(onPage3.filters, { start: 1, end: 2 })).toEqual({
      ...DEFAULT_SEARCH,
      filters: onPage3.filters,
      range: { start: 1, end: 2 },
    })
  })

  it('knows the last page from the total', () => {
    expect(lastPageIndex(undefined, 50)).toBeUndefined()
    expect(lastPageIndex(0, 50)).toBe(0)
    expect(lastPageIndex(50, 50)).toBe(0)
    expect(lastPageIndex(51, 50)).toBe(1)
  })
})
