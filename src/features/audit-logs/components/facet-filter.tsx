import { useMemo, useState } from 'react'
import { DataTableFacetedFilter } from '@/components/data-table/data-table-faceted-filter'
import type { AuditSearch } from '@/sources/audit-search'
import { useAuditLogCounts } from '../api/get-audit-log-count'
import type { FacetDefinition } from '../filters/filter-facets'
import { selectedValues, withFacet } from '../filters/filter-facets'
import type { SearchUpdate } from '../search/use-audit-search'

/** One chip: its options with counts (fetched while open), editing one key of the filters. */
export function FacetFilter({
  facet,
  search,
  onSearchChange,
}: {
  facet: FacetDefinition
  search: AuditSearch
  onSearchChange: (update: SearchUpdate) => void
}) {
  const [open, setOpen] = useState(false)
  // Each option is counted on its own, with every other filter and the range applied.
  const probes = useMemo(
    () =>
      facet.countable
        ? facet.options.map((option) => ({ ...search, filters: withFacet(search.filters, facet.key, [option.value]) }))
        : [],
    [facet, search],
  )
  const { counts, pending, canCount } = useAuditLogCounts(probes, open)
  const options = useMemo(
    () => facet.options.map((option, i) => ({ ...option, count: counts[i] ?? undefined })),
    [facet.options, counts],
  )

  return (
    <DataTableFacetedFilter
      title={facet.title}
      options={options}
      selected={selectedValues(search.filters, facet.key)}
      searchable={facet.searchable}
      onOpenChange={setOpen}
      countsStatus={!facet.countable || !canCount ? 'unavailable' : pending ? 'loading' : 'ready'}
      onChange={(values) =>
        onSearchChange((current) => ({
          ...current,
          page: 0,
          filters: withFacet(current.filters, facet.key, values),
        }))
      }
    />
  )
}
