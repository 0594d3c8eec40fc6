/**
 * The list's URL is its state: `?sort=actor&dir=asc&page=3&size=100&actorType=User&range=7d`.
 * Parsing never fails — a bad value falls back to its default and is reported so the page can say
 * what it ignored. Serializing leaves defaults out, so the plain page has a plain URL.
 */
import { parseRange, serializeRange } from '@/features/audit-logs/range/range-params'
import type { TimeZoneChoice } from '@/lib/format/format-time'
import type { AuditSearch, SortField } from '@/sources/audit-search'
import { DEFAULT_SEARCH, PAGE_SIZES } from '@/sources/audit-search'
import type { FilterCapabilities } from '@/sources/audit-source'

import type { ColumnChoice, ColumnContext } from './column-layout'
import { COLUMNS_PARAM, parseColumns, serializeColumns } from './column-layout'
import { parseFilters, serializeFilters } from './filter-params'

/** Upper bound on a page number in a URL; far beyond any real log, and keeps numbers exact. */
const MAX_PAGE = 1_000_000

// Each URL value is one short token, read with a plain check: these run before the first paint,
// where a schema library would cost more to download than it saves (see docs/decisions/004).
type ReadValue<T> = (raw: string) => T | undefined

const oneOf =
  <T extends string>(values: readonly T[]): ReadValue<T> =>
  (raw) =>
    (values as readonly string[]).includes(raw) ? (raw as T) : undefined

const wholeNumber =
  (accept: (n: number) => boolean): ReadValue<number> =>
  (raw) => {
    if (!/^\d{1,7}$/.test(raw.trim())) return undefined
    const n = Number(raw)
    return accept(n) ? n : undefined
  }

const readSortField = oneOf<SortField>(['time', 'actor', 'status', 'category', 'email'])
const readDirection = oneOf(['asc', 'desc'] as const)
const readPage = wholeNumber((n) => n >= 1 && n <= MAX_PAGE)
const readSize = wholeNumber((n) => (PAGE_SIZES as readonly number[]).includes(n))
const readZone = oneOf(['utc'] as const)

/** What the source allows, which decides what a URL may ask for. */
export interface SearchContext {
  sortFields: readonly SortField[]
  /** Fields the server orders one way only (BloodHound: newest first). */
  fixedSortDirection?: Partial<Record<SortField, 'asc' | 'desc'>>
  filters: FilterCapabilities
  isEntityId: (id: string) => boolean
  /** The source's columns, which decide what `cols` may name. */
  columns: ColumnContext
}

export interface ListView {
  search: AuditSearch
  /** The zone times are shown (and custom ranges read) in. */
  zone: TimeZoneChoice
  /** The columns shown, in order (undefined: the source's own). */
  columns?: ColumnChoice
}

export interface ParsedView extends ListView {
  /** What the URL held that could not be used, e.g. `page`, `actorType “Robot”`. */
  ignored: string[]
  /** When the URL was read: open ranges ("last 7 days", "any time") end here. */
  now: number
}

export function parseListView(params: URLSearchParams, context: SearchContext, now: number = Date.now()): ParsedView {
  const ignored: string[] = []
  const ignore = (what: string) => ignored.push(what)
  function read<T>(name: string, readValue: ReadValue<T>, fallback: T): T {
    const raw = params.get(name)
    if (raw === null) return fallback
    const value = readValue(raw)
    if (value !== undefined) return value
    ignore(name)
    return fallback
  }

  let field = read('sort', readSortField, DEFAULT_SEARCH.sort.field)
  if (!context.sortFields.includes(field)) {
    ignore('sort')
    field = DEFAULT_SEARCH.sort.field
  }
  const zone: TimeZoneChoice = read<TimeZoneChoice | undefined>('tz', readZone, undefined) ?? 'local'
  let direction = read('dir', readDirection, DEFAULT_SEARCH.sort.direction)
  const fixed = context.fixedSortDirection?.[field]
  if (fixed && direction !== fixed) {
    ignore('dir')
    direction = fixed
  }
  const search: AuditSearch = {
    sort: { field, direction },
    page: read('page', readPage, DEFAULT_SEARCH.page + 1) - 1,
    pageSize: read('size', readSize, DEFAULT_SEARCH.pageSize),
    filters: parseFilters(params, context, ignore),
    range: parseRange(params, zone, now, ignore),
  }
  const columns = parseColumns(params.get(COLUMNS_PARAM), context.columns, ignore)
  return { search, zone, columns, ignored, now }
}

/** Writes the view into URL parameters, leaving out every value that equals its default. */
export function serializeListView({ search, zone, columns }: ListView): URLSearchParams {
  const params = new URLSearchParams()
  if (search.sort.field !== DEFAULT_SEARCH.sort.field) params.set('sort', search.sort.field)
  if (search.sort.direction !== DEFAULT_SEARCH.sort.direction) {
    params.set('dir', search.sort.direction)
  }
  if (search.page !== DEFAULT_SEARCH.page) params.set('page', String(search.page + 1))
  if (search.pageSize !== DEFAULT_SEARCH.pageSize) params.set('size', String(search.pageSize))
  serializeFilters(search.filters, params)
  serializeRange(search.range, zone, params)
  if (zone === 'utc') params.set('tz', 'utc')
  serializeColumns(columns, params)
  return params
}

/**
 * A URL's search as a saved view keeps it: read and written again (so what the source cannot use
 * is dropped), from the first page, with a preset range still a preset ("last 7 days" stays
 * relative). `now` only resolves the preset in passing; it is not stored.
 */
export function viewParams(params: URLSearchParams, context: SearchContext, now: number = Date.now()): string {
  const { search, zone, columns } = parseListView(params, context, now)
  return serializeListView({ search: { ...search, page: 0 }, zone, columns }).toString()
}
