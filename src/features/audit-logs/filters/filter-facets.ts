/**
 * The filter chips, as data: which search key each one edits, its title, and how its options are
 * read from the source's capabilities. Components render whatever this list says.
 */
import type { FacetOption } from '@/components/data-table/facet-summary'
import { messages } from '@/lib/i18n'
import type { AuditFilters, Outcome, RequestRef, StatusClass } from '@/sources/audit-search'
import type { FilterCapabilities } from '@/sources/audit-source'

export type FacetKey =
  'actorTypes' | 'primaryTargetTypes' | 'secondaryTargetTypes' | 'requests' | 'statusClasses' | 'actions' | 'outcomes'

export interface FacetDefinition {
  key: FacetKey
  title: string
  searchable: boolean
  /** Counting every option is cheap for short lists; the request list is too long to count. */
  countable: boolean
  options: FacetOption[]
}

const STATUS_LABELS: Readonly<Record<StatusClass, string>> = messages.filters.statusClasses
const TITLES = messages.filters.titles

/** A request option's value is `resource` (any action) or `resource.action`. */
export function requestValue({ resource, action }: RequestRef): string {
  return action ? `${resource}.${action}` : resource
}

export function parseRequestValue(value: string): RequestRef {
  const [resource = '', action] = value.split('.')
  return action ? { resource, action } : { resource }
}

const typeOptions = (values: readonly string[] | undefined, labels: FilterCapabilities['typeLabels']): FacetOption[] =>
  (values ?? []).map((value) => ({ value, label: labels?.[value] ?? value }))

export function facetDefinitions(caps: FilterCapabilities): FacetDefinition[] {
  const facets: FacetDefinition[] = []
  if (caps.actorTypes) {
    facets.push({
      key: 'actorTypes',
      title: TITLES.actorTypes,
      searchable: false,
      countable: true,
      options: typeOptions(caps.actorTypes, caps.typeLabels),
    })
  }
  if (caps.primaryTargetTypes) {
    facets.push({
      key: 'primaryTargetTypes',
      title: TITLES.primaryTargetTypes,
      searchable: false,
      countable: true,
      options: typeOptions(caps.primaryTargetTypes, caps.typeLabels),
    })
  }
  if (caps.secondaryTargetTypes) {
    facets.push({
      key: 'secondaryTargetTypes',
      title: TITLES.secondaryTargetTypes,
      searchable: true,
      countable: true,
      options: typeOptions(caps.secondaryTargetTypes, caps.typeLabels),
    })
  }
  if (caps.requests) {
    facets.push({
      key: 'requests',
      title: TITLES.requests,
      searchable: true,
      countable: false,
      options: caps.requests.flatMap(({ resource, actions }) => [
        { value: resource, label: messages.filters.anyAction(resource) },
        ...actions.map((action) => ({ value: `${resource}.${action}`, label: `${resource}.${action}` })),
      ]),
    })
  }
  if (caps.statusClasses) {
    facets.push({
      key: 'statusClasses',
      title: TITLES.statusClasses,
      searchable: false,
      countable: true,
      options: caps.statusClasses.map((value) => ({ value, label: STATUS_LABELS[value] })),
    })
  }
  if (caps.actions) {
    facets.push({
      key: 'actions',
      title: TITLES.actions,
      searchable: true,
      countable: false,
      options: caps.actions.map((value) => ({ value, label: value })),
    })
  }
  if (caps.outcomes) {
    facets.push({
      key: 'outcomes',
      title: TITLES.outcomes,
      searchable: false,
      countable: false,
      options: caps.outcomes.map((value) => ({ value, label: messages.list.outcomes[value] })),
    })
  }
  return facets
}

/** The facet's selected values as option values. */
export function selectedValues(filters: AuditFilters, key: FacetKey): string[] {
  return key === 'requests' ? filters.requests.map(requestValue) : (filters[key] ?? [])
}

/** The filters with one facet set to `values`. */
export function withFacet(filters: AuditFilters, key: FacetKey, values: string[]): AuditFilters {
  if (key === 'requests') return { ...filters, requests: values.map(parseRequestValue) }
  if (key === 'statusClasses') return { ...filters, statusClasses: values as StatusClass[] }
  // One action at a time (a server that ANDs repeated conditions): a new choice replaces the old.
  if (key === 'actions') return { ...filters, actions: values.filter((v) => !filters.actions?.includes(v)).slice(-1) }
  if (key === 'outcomes') return { ...filters, outcomes: values as Outcome[] }
  return { ...filters, [key]: values }
}
