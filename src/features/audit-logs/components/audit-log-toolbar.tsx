import { useMemo } from 'react'

import type { TimeZoneChoice } from '@/lib/format/format-time'
import { messages } from '@/lib/i18n'
import type { AuditSearch } from '@/sources/audit-search'
import { DEFAULT_SEARCH, EMPTY_FILTERS } from '@/sources/audit-search'
import type { SourceCapabilities } from '@/sources/audit-source'

import { facetDefinitions } from '../filters/filter-facets'
import { countActiveFilters } from '../search/filter-params'
import type { SearchUpdate } from '../search/use-audit-search'
import { FacetFilter } from './facet-filter'
import { PartyFilterChips } from './party-filter-chips'
import { TimeRangeFilter } from './time-range-filter'

interface Props {
  search: AuditSearch
  zone: TimeZoneChoice
  capabilities: SourceCapabilities
  onSearchChange: (update: SearchUpdate) => void
}

/** Filter chips, chosen actors/targets, the time range, and "Clear all". */
export function AuditLogToolbar({ search, zone, capabilities, onSearchChange }: Props) {
  const facets = useMemo(() => facetDefinitions(capabilities.filters), [capabilities.filters])
  const hasRange = search.range.start !== undefined || search.range.end !== undefined
  const active = countActiveFilters(search.filters) > 0 || hasRange
  // A source with nothing to filter by (UiPath) gets no empty toolbar.
  if (facets.length === 0 && !capabilities.timeRange && !active) return null

  return (
    <div className="toolbar" role="group" aria-label={messages.filters.label} id="audit-log-filters">
      <div className="toolbar-filters">
        {facets.map((facet) => (
          <FacetFilter key={facet.key} facet={facet} search={search} onSearchChange={onSearchChange} />
        ))}
        {capabilities.timeRange && (
          <TimeRangeFilter
            range={search.range}
            zone={zone}
            onChange={(range) => onSearchChange((current) => ({ ...current, page: 0, range }))}
          />
        )}
        {active && (
          <button
            type="button"
            className="button button-quiet"
            onClick={() =>
              onSearchChange((current) => ({
                ...current,
                page: 0,
                filters: EMPTY_FILTERS,
                range: DEFAULT_SEARCH.range,
              }))
            }
          >
            {messages.filters.clearAll}
          </button>
        )}
      </div>
      <PartyFilterChips filters={search.filters} onSearchChange={onSearchChange} />
    </div>
  )
}
