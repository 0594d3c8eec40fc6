import type { AuditFilters, AuditSearch, PartyRef, SortField, StatusClass } from '@/sources/audit-search'

/** Our column ids → Losant's `sortField` values. */
export const LOSANT_SORT_FIELDS = {
  time: 'creationDate',
  actor: 'actorName',
  status: 'responseStatus',
} as const satisfies Partial<Record<SortField, string>>

/** Other vendors' sort fields (never offered for Losant) fall back to Losant's default. */
function losantSortField(field: SortField): string {
  return Object.hasOwn(LOSANT_SORT_FIELDS, field)
    ? LOSANT_SORT_FIELDS[field as keyof typeof LOSANT_SORT_FIELDS]
    : LOSANT_SORT_FIELDS.time
}

/**
 * `auditLogFilter` takes exact response codes, not classes. Each class expands to the codes an API
 * server really sends, kept short because servers that parse with qs' defaults turn arrays longer
 * than 21 items into objects.
 */
export const STATUS_CLASS_CODES: Record<StatusClass, readonly number[]> = {
  '2xx': [200, 201, 202, 204],
  '3xx': [301, 302, 304],
  '4xx': [400, 401, 402, 403, 404, 405, 409, 410, 413, 415, 422, 429],
  '5xx': [500, 502, 503, 504],
}

interface PartyFilterItem {
  type?: string
  id?: string
  name?: string
}

export interface LosantAuditLogFilter {
  actor?: PartyFilterItem[]
  primaryTarget?: PartyFilterItem[]
  secondaryTarget?: PartyFilterItem[]
  request?: { resource: string; action?: string }[]
  responseCode?: number[]
}

/**
 * Losant ORs the items of one key and ANDs the keys. A type chip and a "this actor" chip on the
 * same key must both hold, so they are combined as the cross product `{type, id}`.
 */
function partyItems(types: readonly string[], parties: readonly PartyRef[]): PartyFilterItem[] {
  if (parties.length === 0) return types.map((type) => ({ type }))
  if (types.length === 0) return parties.map(({ id }) => ({ id }))
  return types.flatMap((type) => parties.map(({ id }) => ({ type, id })))
}

export function toLosantFilter(filters: AuditFilters): LosantAuditLogFilter | undefined {
  const filter: LosantAuditLogFilter = {}
  const actor = partyItems(filters.actorTypes, filters.actors)
  const primaryTarget = partyItems(filters.primaryTargetTypes, filters.primaryTargets)
  const secondaryTarget = partyItems(filters.secondaryTargetTypes, filters.secondaryTargets)
  if (actor.length) filter.actor = actor
  if (primaryTarget.length) filter.primaryTarget = primaryTarget
  if (secondaryTarget.length) filter.secondaryTarget = secondaryTarget
  if (filters.requests.length) {
    filter.request = filters.requests.map(({ resource, action }) => (action ? { resource, action } : { resource }))
  }
  if (filters.statusClasses.length) {
    filter.responseCode = filters.statusClasses.flatMap((c) => STATUS_CLASS_CODES[c])
  }
  return Object.keys(filter).length ? filter : undefined
}

/**
 * The query string exactly as Losant's official clients send it: qs' default encoding, i.e.
 * `auditLogFilter[actor][0][type]=User` with the brackets percent-encoded. qs (and its
 * dependencies, ~17 KiB gzip) loads only when a filter is set: the plain parameters encode the
 * same with URLSearchParams, so the first page needs no extra download.
 */
export function losantListQuery(search: AuditSearch): string | Promise<string> {
  const params: Record<string, string> = {
    sortField: losantSortField(search.sort.field),
    sortDirection: search.sort.direction,
    page: String(search.page),
    perPage: String(search.pageSize),
  }
  if (search.range.start !== undefined) params.start = String(search.range.start)
  if (search.range.end !== undefined) params.end = String(search.range.end)
  const auditLogFilter = toLosantFilter(search.filters)
  if (!auditLogFilter) return new URLSearchParams(params).toString()
  return import('qs').then(({ default: qs }) => qs.stringify({ ...params, auditLogFilter }))
}
