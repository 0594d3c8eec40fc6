/**
 * The filter chips, as data: which search key each one edits, its title, and how its options are
 * read from the source's capabilities. Components render whatever this list says.
 */
import type { FacetOption } from '@/components/data-table/facet-summary'
import type { FacetKey } from '@/features/audit-logs/search/facet-values'
import { formatNumberRuns } from '@/lib/format/format-number-runs'
import { messages } from '@/lib/i18n'
import type { StatusClass } from '@/sources/audit-search'
import type { FilterCapabilities } from '@/sources/audit-source'
import { statusClassesFit, type StatusCodeLimits } from '@/sources/status-class-codes'

export interface FacetDefinition {
  key: FacetKey
  title: string
  searchable: boolean
  /** Counting every option is cheap for short lists; the request list is too long to count. */
  countable: boolean
  options: FacetOption[]
  /** Why `value` cannot be added to `selected` (undefined: it can). */
  unavailable?: (selected: readonly string[], value: string) => string | undefined
  /** A line under the options saying what they stand for as a whole. */
  note?: string
  /**
   * The server's limit on the list this chip fills (FilterCapabilities.maxValuesPerList): a value
   * that would take the list past it, with the other filters as they are, cannot be ticked.
   */
  valueLimit?: number
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
  if (caps.statusClasses) facets.push(statusFacet(caps.statusClasses, caps.statusCodes))
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
  const limit = caps.maxValuesPerList
  if (limit === undefined) return facets
  return facets.map((facet) => (LIMITED_KEYS.includes(facet.key) ? { ...facet, valueLimit: limit } : facet))
}

/** The chips that fill a list of the server's filter (the status chip has its own limit, decision 012). */
const LIMITED_KEYS: readonly FacetKey[] = ['actorTypes', 'primaryTargetTypes', 'secondaryTargetTypes', 'requests']

/**
 * Where the server filters by exact codes, each class says which codes it stands for, and a class
 * that one request could not ask for along with the chosen ones cannot be ticked (decision 012).
 */
function statusFacet(offered: readonly StatusClass[], limits: StatusCodeLimits | undefined): FacetDefinition {
  const facet: FacetDefinition = {
    key: 'statusClasses',
    title: TITLES.statusClasses,
    searchable: false,
    countable: true,
    options: offered.map((value) => ({
      value,
      label: STATUS_LABELS[value],
      ...(limits ? { detail: messages.filters.statusClassCodes(formatNumberRuns(limits.byClass[value])) } : {}),
    })),
  }
  if (!limits) return facet
  return {
    ...facet,
    note: messages.filters.statusCodesNote(limits.maxPerRequest),
    unavailable: (selected, value) =>
      statusClassesFit([...selected, value] as StatusClass[], offered, limits)
        ? undefined
        : messages.filters.statusClassUnavailable(selected, limits.maxPerRequest),
  }
}
