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

/** The classes the status chip offers; all of them together match every entry (decision 012). */
export const LOSANT_STATUS_CLASSES = ['2xx', '3xx', '4xx', '5xx'] as const satisfies readonly StatusClass[]

/**
 * Most items one array of `auditLogFilter` may hold. Losant's server parses the query with qs'
 * defaults (`arrayLimit` 20): a longer array arrives as an object, which its schema rejects.
 */
export const LOSANT_MAX_FILTER_CODES = 20

/** Every code of a class, e.g. 400–499 for `4xx`: the whole class, not the common codes. */
export function statusClassCodes(statusClass: StatusClass): number[] {
  const first = Number(statusClass[0]) * 100
  return Array.from({ length: 100 }, (_, i) => first + i)
}

/**
 * Whether the chosen classes filter at all. Losant records only requests that completed, and a
 * completed request has a final status, 200–599 (1xx are interim answers, never final): with all
 * four classes chosen every entry matches, so no `responseCode` is sent.
 */
export function filtersStatus(classes: readonly StatusClass[]): boolean {
  return classes.length > 0 && !LOSANT_STATUS_CLASSES.every((c) => classes.includes(c))
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

/**
 * `responseCodes`: the exact codes to send for the chosen status classes — those of the classes
 * that occur among the matches (see `losant-status-codes.ts`); ignored when the classes do not
 * filter.
 */
export function toLosantFilter(
  filters: AuditFilters,
  responseCodes?: readonly number[],
): LosantAuditLogFilter | undefined {
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
  if (filtersStatus(filters.statusClasses)) {
    if (!responseCodes?.length || responseCodes.length > LOSANT_MAX_FILTER_CODES) {
      throw new RangeError(
        `responseCode takes 1 to ${LOSANT_MAX_FILTER_CODES} codes, not ${responseCodes?.length ?? 0}`,
      )
    }
    filter.responseCode = [...responseCodes]
  }
  return Object.keys(filter).length ? filter : undefined
}

/**
 * The query string exactly as Losant's official clients send it: qs' default encoding, i.e.
 * `auditLogFilter[actor][0][type]=User` with the brackets percent-encoded. qs (and its
 * dependencies, ~17 KiB gzip) loads only when a filter is set: the plain parameters encode the
 * same with URLSearchParams, so the first page needs no extra download.
 */
export function losantListQuery(search: AuditSearch, responseCodes?: readonly number[]): string | Promise<string> {
  const params: Record<string, string> = {
    sortField: losantSortField(search.sort.field),
    sortDirection: search.sort.direction,
    page: String(search.page),
    perPage: String(search.pageSize),
  }
  if (search.range.start !== undefined) params.start = String(search.range.start)
  if (search.range.end !== undefined) params.end = String(search.range.end)
  const auditLogFilter = toLosantFilter(search.filters, responseCodes)
  if (!auditLogFilter) return new URLSearchParams(params).toString()
  return import('qs').then(({ default: qs }) => qs.stringify({ ...params, auditLogFilter }))
}
