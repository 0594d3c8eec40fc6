/**
 * The list's URL is its state: `?sort=actor&dir=asc&page=3&size=100&actorType=User&range=7d`.
 * Parsing never fails — a bad value falls back to its default and is reported so the page can say
 * what it ignored. Serializing leaves defaults out, so the plain page has a plain URL.
 */
import * as z from 'zod/mini'
import type { TimeZoneChoice } from '@/lib/format/format-time'
import { DEFAULT_SEARCH, PAGE_SIZES } from '@/sources/audit-search'
import type { AuditSearch, SortField } from '@/sources/audit-search'
import type { FilterCapabilities } from '@/sources/audit-source'
import { parseFilters, serializeFilters } from './filter-params'
import { parseRange, serializeRange } from './range-params'

/** Upper bound on a page number in a URL; far beyond any real log, and keeps numbers exact. */
const MAX_PAGE = 1_000_000

const sortFieldSchema = z.enum(['time', 'actor', 'status', 'category', 'email'])
const directionSchema = z.enum(['asc', 'desc'])
const pageSchema = z.coerce.number().check(z.int(), z.minimum(1), z.maximum(MAX_PAGE))
const sizeSchema = z.coerce
  .number()
  .check(z.refine((n) => (PAGE_SIZES as readonly number[]).includes(n)))
const zoneSchema = z.enum(['utc'])

/** What the source allows, which decides what a URL may ask for. */
export interface SearchContext {
  sortFields: readonly SortField[]
  /** Fields the server orders one way only (BloodHound: newest first). */
  fixedSortDirection?: Partial<Record<SortField, 'asc' | 'desc'>>
  filters: FilterCapabilities
  isEntityId: (id: string) => boolean
}

export interface ListView {
  search: AuditSearch
  /** The zone times are shown (and custom ranges read) in. */
  zone: TimeZoneChoice
}

export interface ParsedView extends ListView {
  /** What the URL held that could not be used, e.g. `page`, `actorType “Robot”`. */
  ignored: string[]
  /** When the URL was read: open ranges ("last 7 days", "any time") end here. */
  now: number
}

export function parseListView(
  params: URLSearchParams,
  context: SearchContext,
  now: number = Date.now(),
): ParsedView {
  const ignored: string[] = []
  const ignore = (what: string) => ignored.push(what)
  function read<T>(name: string, schema: z.ZodMiniType<T>, fallback: T): T {
    const raw = params.get(name)
    if (raw === null) return fallback
    const result = schema.safeParse(raw)
    if (result.success) return result.data
    ignore(name)
    return fallback
  }

  let field = read('sort', sortFieldSchema, DEFAULT_SEARCH.sort.field)
  if (!context.sortFields.includes(field)) {
    ignore('sort')
    field = DEFAULT_SEARCH.sort.field
  }
  const zone: TimeZoneChoice = read('tz', zoneSchema, undefined) ?? 'local'
  let direction = read('dir', directionSchema, DEFAULT_SEARCH.sort.direction)
  const fixed = context.fixedSortDirection?.[field]
  if (fixed && direction !== fixed) {
    ignore('dir')
    direction = fixed
  }
  const search: AuditSearch = {
    sort: { field, direction },
    page: read('page', pageSchema, DEFAULT_SEARCH.page + 1) - 1,
    pageSize: read('size', sizeSchema, DEFAULT_SEARCH.pageSize),
    filters: parseFilters(params, context, ignore),
    range: parseRange(params, zone, now, ignore),
  }
  return { search, zone, ignored, now }
}

/** Writes the view into URL parameters, leaving out every value that equals its default. */
export function serializeListView({ search, zone }: ListView): URLSearchParams {
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
  return params
}
