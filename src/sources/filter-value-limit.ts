/**
 * How many values each of the server's OR-lists would carry, where a server caps them (Losant reads
 * its query with qs' defaults: a list of more than 20 items arrives as an object and the request is
 * refused). A type chip and chosen parties on the same key are sent as every (type, party) pair,
 * so they count as their product; either alone counts as itself.
 */
import type { AuditFilters } from './audit-search'

export type ValueListKey = 'actor' | 'primaryTarget' | 'secondaryTarget' | 'request'

const product = (types: number, parties: number) => (types && parties ? types * parties : types + parties)

export function filterValueCounts(filters: AuditFilters): Record<ValueListKey, number> {
  return {
    actor: product(filters.actorTypes.length, filters.actors.length),
    primaryTarget: product(filters.primaryTargetTypes.length, filters.primaryTargets.length),
    secondaryTarget: product(filters.secondaryTargetTypes.length, filters.secondaryTargets.length),
    request: filters.requests.length,
  }
}

/** Whether every list fits `max` values (no limit: always). */
export function fitsValueLimit(filters: AuditFilters, max: number | undefined): boolean {
  if (max === undefined) return true
  return Object.values(filterValueCounts(filters)).every((count) => count <= max)
}
