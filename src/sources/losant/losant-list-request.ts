import type { AuditFilters, AuditSearch, PartyRef, SortField, StatusClass } from '@/sources/audit-search'
import { fitsValueLimit } from '@/sources/filter-value-limit'
import { statusCodesToSend } from '@/sources/status-class-codes'

import { LOSANT_MAX_FILTER_VALUES, LOSANT_STATUS_CODE_LIMITS } from './losant-status-codes'

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

/** The status classes the chip offers for Losant, in order. */
export const LOSANT_STATUS_CLASSES = ['2xx', '3xx', '4xx', '5xx'] as const satisfies readonly StatusClass[]

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
  // As for the codes below: links and chips never combine past the limit (filter-params.ts cuts,
  // the chips refuse), so a longer list here is a bug, not a request to send.
  if (!fitsValueLimit(filters, LOSANT_MAX_FILTER_VALUES)) {
    throw new RangeError(`a list of Losant's filter takes at most ${LOSANT_MAX_FILTER_VALUES} values`)
  }
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
  // A class is its listed codes, ORed with single codes; every class sends nothing (decision 012).
  const codes = statusCodesToSend(
    filters.statusClasses,
    LOSANT_STATUS_CLASSES,
    LOSANT_STATUS_CODE_LIMITS,
    filters.statusCodes,
  )
  if (codes) {
    // The search was read from a link or a chip that never combines past the limit: more codes
    // here would be refused by the server, so it is a bug, not a request to send.
    if (codes.length > LOSANT_MAX_FILTER_VALUES) {
      throw new RangeError(`responseCode takes at most ${LOSANT_MAX_FILTER_VALUES} codes, not ${codes.length}`)
    }
    filter.responseCode = codes
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
