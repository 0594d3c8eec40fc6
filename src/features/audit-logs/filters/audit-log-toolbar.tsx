import { useMemo } from 'react'

import { TimeRangeFilter } from '@/features/audit-logs/range/time-range-filter'
import type { SearchUpdate } from '@/features/audit-logs/search/search-transitions'
import { activeFilterCount, clearFilters, withRange } from '@/features/audit-logs/search/search-transitions'
import type { TimeZoneChoice } from '@/lib/format/format-time'
import { messages } from '@/lib/i18n'
import type { AuditSearch } from '@/sources/audit-search'
import type { SourceCapabilities } from '@/sources/audit-source'

import { FacetFilter } from './facet-filter'
import { facetDefinitions } from './filter-facets'
import { PartyFilterChips } from './party-filter-chips'

interface Props {
  search: AuditSearch
  zone: TimeZoneChoice
  capabilities: SourceCapabilities
  onSearchChange: (update: SearchUpdate) => void
}

/** Filter chips, chosen actors/targets, the time range, and "Clear all". */
export function AuditLogToolbar({ search, zone, capabilities, onSearchChange }: Props) {
  const facets = useMemo(() => facetDefinitions(capabilities.filters), [capabilities.filters])
  const active = activeFilterCount(search) > 0
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
            onChange={(range) => onSearchChange((current) => withRange(current, range))}
          />
        )}
        {active && (
          <button type="button" className="button button-quiet" onClick={() => onSearchChange(clearFilters)}>
            {messages.filters.clearAll}
          </button>
        )}
      </div>
      <PartyFilterChips filters={search.filters} onSearchChange={onSearchChange} />
    </div>
  )
}
