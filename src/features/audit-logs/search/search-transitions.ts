/**
 * Every change to the list's search, as a pure function of the current one (react-admin's
 * `queryReducer`): components call these instead of building search objects. Every transition
 * but paging starts again from the first page, since page 3 of another view means nothing.
 */
import type { AuditFilters, AuditSearch, AuditSort, PartyRef, TimeRange } from '@/sources/audit-search'
import { DEFAULT_SEARCH, EMPTY_FILTERS } from '@/sources/audit-search'

import type { FacetKey } from './facet-values'
import { filtersWithFacet } from './facet-values'

export type SearchUpdate = (current: AuditSearch) => AuditSearch

export type PartyKey =
  'actors' | 'primaryTargets' | 'secondaryTargets' | 'requestIds' | 'actorNames' | 'actorEmails' | 'sourceAddresses'

/**
 * Filters a server takes one value of at a time: BloodHound ANDs a repeated column, and two
 * request ids, names, emails or addresses can never both hold.
 */
const ONE_AT_A_TIME: readonly PartyKey[] = ['requestIds', 'actorNames', 'actorEmails', 'sourceAddresses']

export function withSort(search: AuditSearch, sort: AuditSort): AuditSearch {
  return { ...search, page: 0, sort }
}

/** Paging keeps the view; a new page size comes with the page that keeps the first row in sight. */
export function withPage(search: AuditSearch, page: number, pageSize: number = search.pageSize): AuditSearch {
  return { ...search, page, pageSize }
}

export function withRange(search: AuditSearch, range: TimeRange): AuditSearch {
  return { ...search, page: 0, range }
}

export function withFacet(search: AuditSearch, key: FacetKey, values: string[]): AuditSearch {
  return { ...search, page: 0, filters: filtersWithFacet(search.filters, key, values) }
}

/**
 * "Filter by this": adds a party, or leaves the search alone when it is already chosen. With
 * `maxActors: 1` (BloodHound ANDs repeated actors) the new actor replaces the chosen one, and a
 * request id, name, email or address always replaces the one before (`ONE_AT_A_TIME`).
 */
export function withParty(
  search: AuditSearch,
  key: PartyKey,
  party: PartyRef,
  { maxActors }: { maxActors?: number } = {},
): AuditSearch {
  if (search.filters[key]?.some((existing) => existing.id === party.id)) return search
  const one = ONE_AT_A_TIME.includes(key) || (key === 'actors' && maxActors === 1)
  const keep = one ? [] : (search.filters[key] ?? [])
  return { ...search, page: 0, filters: { ...search.filters, [key]: [...keep, party] } }
}

export function withoutParty(search: AuditSearch, key: PartyKey, id: string): AuditSearch {
  const kept = (search.filters[key] ?? []).filter((p) => p.id !== id)
  return { ...search, page: 0, filters: { ...search.filters, [key]: kept } }
}

export function withoutStatusCode(search: AuditSearch, code: number): AuditSearch {
  const kept = (search.filters.statusCodes ?? []).filter((chosen) => chosen !== code)
  return { ...search, page: 0, filters: { ...search.filters, statusCodes: kept } }
}

/** The search box's query: it states every filter and the range, so both are replaced whole. */
export function withQuery(search: AuditSearch, filters: AuditFilters, range: TimeRange): AuditSearch {
  return { ...search, page: 0, filters, range }
}

/** Every filter and the time range off; sort and page size stay. */
export function clearFilters(search: AuditSearch): AuditSearch {
  return { ...search, page: 0, filters: EMPTY_FILTERS, range: DEFAULT_SEARCH.range }
}

export function hasRange(search: AuditSearch): boolean {
  return search.range.start !== undefined || search.range.end !== undefined
}

/** Chosen filter values, with a time range counted as one. */
export function activeFilterCount(search: AuditSearch): number {
  const values = Object.values(search.filters).reduce(
    (sum, chosen: unknown[] | undefined) => sum + (chosen?.length ?? 0),
    0,
  )
  return values + (hasRange(search) ? 1 : 0)
}

/** What a count probe asks for: these filters within `range`, in the default order. */
export function countingSearch(filters: AuditFilters, range: TimeRange): AuditSearch {
  return { ...DEFAULT_SEARCH, filters, range }
}

/** The 0-based index of the last page, when the total is known. */
export function lastPageIndex(total: number | undefined, pageSize: number): number | undefined {
  return total === undefined ? undefined : Math.max(0, Math.ceil(total / pageSize) - 1)
}
