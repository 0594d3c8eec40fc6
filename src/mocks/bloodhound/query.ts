// `GET /api/v2/audit` semantics as pure functions, following BloodHound's server code: the
// Prefer header is checked first (middleware), then `sort_by`, then the column filters, then
// paging and the time window. Every parameter that is not a paging, sorting or window parameter
// is a column filter: an unknown one gets "cannot be filtered", as on the real server.
import type { BloodHoundDataset } from './dataset'
import {
  type BloodHoundAuditLog,
  type BloodHoundAuditLogList,
  type Column,
  FILTERABLE,
  MESSAGES,
  NON_FILTER_PARAMS,
  type Predicate,
  PREDICATES,
  SORTABLE,
} from './schema'

export type QueryResult<T> = { ok: true; value: T } | { ok: false; status: 400; message: string }

export const DEFAULT_LIMIT = 1000
const YEAR_MICROS = 365 * 86_400_000 * 1000

export interface ColumnFilter {
  column: Column
  predicate: Predicate
  value: string
}

export interface AuditQuery {
  skip: number
  /** 0 means no limit. */
  limit: number
  /** Inclusive window, microseconds since the epoch. */
  afterMicros: number
  beforeMicros: number
  sorts: { column: Column; descending: boolean }[]
  filters: ColumnFilter[]
}

function invalid(message: string): QueryResult<never> {
  return { ok: false, status: 400, message }
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/

/** RFC 3339 (an offset is required, as in Go's time.RFC3339) to microseconds; undefined if not one. */
export function parseRfc3339Micros(text: string): number | undefined {
  const match = RFC3339.exec(text)
  if (!match) return undefined
  const [, y, mo, d, h, mi, s, fraction = '', , sign, oh, om] = match
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s))
  if (
    Number.isNaN(ms) ||
    new Date(ms).getUTCDate() !== Number(d) ||
    Number(h) > 23 ||
    Number(mi) > 59 ||
    Number(s) > 59
  )
    return undefined
  const offsetMinutes = sign ? (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) : 0
  return (ms - offsetMinutes * 60_000) * 1000 + Number(fraction.slice(0, 6).padEnd(6, '0'))
}

function nonNegativeInteger(params: URLSearchParams, name: string, fallback: number): QueryResult<number> {
  const raw = params.get(name)
  if (raw === null || raw === '') return { ok: true, value: fallback }
  const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN
  if (!Number.isSafeInteger(value))
    return invalid(`query parameter ${name} is malformed: must be a whole number of 0 or more`)
  return { ok: true, value }
}

function time(params: URLSearchParams, name: string, fallback: number): QueryResult<number> {
  const raw = params.get(name)
  if (raw === null || raw === '') return { ok: true, value: fallback }
  const micros = parseRfc3339Micros(raw)
  return micros === undefined
    ? invalid(`query parameter ${name} is malformed: must be an RFC 3339 time`)
    : { ok: true, value: micros }
}

/** `Prefer: wait=N` (RFC 7240, the OpenAPI pattern `^wait=[0-9]+$`); absent is fine. */
export function checkPrefer(prefer: string | null): QueryResult<number | undefined> {
  if (prefer === null) return { ok: true, value: undefined }
  const match = /^wait=(\d+)$/.exec(prefer.trim())
  return match ? { ok: true, value: Number(match[1]) } : invalid(MESSAGES.badPrefer)
}

export function parseAuditQuery(params: URLSearchParams, nowMs: number): QueryResult<AuditQuery> {
  const sorts: AuditQuery['sorts'] = []
  for (const raw of params.getAll('sort_by')) {
    const descending = raw.startsWith('-')
    const column = descending ? raw.slice(1) : raw
    if (!(SORTABLE as readonly string[]).includes(column)) return invalid(MESSAGES.notSortable)
    sorts.push({ column: column as Column, descending })
  }

  const filters: ColumnFilter[] = []
  for (const [name, raw] of params) {
    if (NON_FILTER_PARAMS.includes(name)) continue
    const match = /^([~\w]+):(.*)$/s.exec(raw)
    const predicate = match ? match[1]! : 'eq'
    const value = match ? match[2]! : raw
    if (!(PREDICATES as readonly string[]).includes(predicate)) return invalid(MESSAGES.badFilters)
    const allowed = Object.hasOwn(FILTERABLE, name) ? FILTERABLE[name] : undefined
    if (!allowed) return invalid(`${MESSAGES.notFilterable}: ${name}`)
    if (!allowed.includes(predicate as Predicate))
      return invalid(`${MESSAGES.predicateNotSupported}: ${name} ${predicate}`)
    if (name === 'id' && !/^\d+$/.test(value)) return invalid(MESSAGES.badFilters)
    if (name === 'created_at' && parseRfc3339Micros(value) === undefined) return invalid(MESSAGES.badFilters)
    filters.push({ column: name as Column, predicate: predicate as Predicate, value })
  }

  // Newer servers read `skip`, older ones `offset`.
  const skip = nonNegativeInteger(params, params.has('skip') ? 'skip' : 'offset', 0)
  if (!skip.ok) return skip
  const limit = nonNegativeInteger(params, 'limit', DEFAULT_LIMIT)
  if (!limit.ok) return limit
  const before = time(params, 'before', nowMs * 1000)
  if (!before.ok) return before
  const after = time(params, 'after', before.value - YEAR_MICROS)
  if (!after.ok) return after
  return {
    ok: true,
    value: {
      skip: skip.value,
      limit: limit.value,
      afterMicros: after.value,
      beforeMicros: before.value,
      sorts,
      filters,
    },
  }
}

type Comparable = number | string

function valueOf(dataset: BloodHoundDataset, log: BloodHoundAuditLog, column: Column): Comparable {
  if (column === 'created_at') return dataset.micros.get(log.id) ?? 0
  return log[column]
}

function compare(left: Comparable, right: Comparable): number {
  return left < right ? -1 : left > right ? 1 : 0
}

function matches(dataset: BloodHoundDataset, log: BloodHoundAuditLog, filter: ColumnFilter): boolean {
  const actual = valueOf(dataset, log, filter.column)
  const wanted: Comparable =
    filter.column === 'created_at'
      ? parseRfc3339Micros(filter.value)!
      : filter.column === 'id'
        ? Number(filter.value)
        : filter.value
  const order = compare(actual, wanted)
  switch (filter.predicate) {
    case 'eq':
      return order === 0
    case 'neq':
      return order !== 0
    case 'gt':
      return order > 0
    case 'gte':
      return order >= 0
    case 'lt':
      return order < 0
    case 'lte':
      return order <= 0
    default:
      return false
  }
}

/**
 * Repeated filters AND. `count` counts the filter matches at any time (it ignores before/after,
 * as the server's count query does); the page is the window, ordered `created_at` descending
 * first and by `sort_by` after, with remaining ties in id order.
 */
export function listAuditLogs(dataset: BloodHoundDataset, query: AuditQuery): BloodHoundAuditLogList {
  const matching = dataset.logs.filter((log) => query.filters.every((filter) => matches(dataset, log, filter)))
  const inWindow = matching.filter((log) => {
    const micros = dataset.micros.get(log.id) ?? 0
    return micros >= query.afterMicros && micros <= query.beforeMicros
  })
  const ordered = [...inWindow].sort((a, b) => {
    const byTime = compare(valueOf(dataset, b, 'created_at'), valueOf(dataset, a, 'created_at'))
    if (byTime) return byTime
    for (const { column, descending } of query.sorts) {
      const order = compare(valueOf(dataset, a, column), valueOf(dataset, b, column))
      if (order) return descending ? -order : order
    }
    return a.id - b.id
  })
  const logs = ordered.slice(query.skip, query.limit === 0 ? undefined : query.skip + query.limit)
  return { count: matching.length, limit: query.limit, skip: query.skip, data: { logs } }
}
