/**
 * The filter chips, as data: which search key each one edits, its title, and how its options are
 * read from the source's capabilities. Components render whatever this list says.
 */
import type { FacetOption } from '@/components/data-table/facet-summary'
import type { FacetKey } from '@/features/audit-logs/search/facet-values'
import { messages } from '@/lib/i18n'
import type { StatusClass } from '@/sources/audit-search'
import type { FilterCapabilities } from '@/sources/audit-source'

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
