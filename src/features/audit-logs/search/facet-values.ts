/** A chip's values as strings (`User`, `device.delete`, `4xx`) and the filters they stand for. */
import type { AuditFilters, Outcome, RequestRef, StatusClass } from '@/sources/audit-search'

export type FacetKey =
  'actorTypes' | 'primaryTargetTypes' | 'secondaryTargetTypes' | 'requests' | 'statusClasses' | 'actions' | 'outcomes'

/** A request option's value is `resource` (any action) or `resource.action`. */
export function requestValue({ resource, action }: RequestRef): string {
  return action ? `${resource}.${action}` : resource
}

export function parseRequestValue(value: string): RequestRef {
  const [resource = '', action] = value.split('.')
  return action ? { resource, action } : { resource }
}

/** The facet's selected values as option values. */
export function selectedValues(filters: AuditFilters, key: FacetKey): string[] {
  return key === 'requests' ? filters.requests.map(requestValue) : (filters[key] ?? [])
}

/** The filters with one facet set to `values`. */
export function filtersWithFacet(filters: AuditFilters, key: FacetKey, values: string[]): AuditFilters {
  if (key === 'requests') return { ...filters, requests: values.map(parseRequestValue) }
  if (key === 'statusClasses') return { ...filters, statusClasses: values as StatusClass[] }
  // One action at a time (a server that ANDs repeated conditions): a new choice replaces the old.
  if (key === 'actions') return { ...filters, actions: values.filter((v) => !filters.actions?.includes(v)).slice(-1) }
  if (key === 'outcomes') return { ...filters, outcomes: values as Outcome[] }
  return { ...filters, [key]: values }
}
