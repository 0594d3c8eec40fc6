import { startTransition, Suspense, useMemo, useState } from 'react'

import { facetChipLabel, summarizeSelection } from '@/components/data-table/facet-summary'
import { FilterChip } from '@/components/data-table/filter-chip'
import { countLimits, useAuditLogCounts } from '@/features/audit-logs/api/get-audit-log-count'
import { filtersWithFacet, selectedValues } from '@/features/audit-logs/search/facet-values'
import type { SearchUpdate } from '@/features/audit-logs/search/search-transitions'
import { withFacet } from '@/features/audit-logs/search/search-transitions'
import { messages } from '@/lib/i18n'
import { preloadableComponent } from '@/lib/lazy/preloadable-component'
import type { AuditSearch } from '@/sources/audit-search'
import { fitsValueLimit } from '@/sources/filter-value-limit'

import type { FacetDefinition } from './filter-facets'

// The popover (and its UI library) loads when the list is idle or a chip is first approached,
// not with the page.
const FacetedFilterPopover = preloadableComponent(
  async () => (await import('@/components/data-table/data-table-faceted-filter')).DataTableFacetedFilter,
)
export const preloadFacetFilter = FacetedFilterPopover.preload

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
  const [armed, setArmed] = useState(false)
  // Each option is counted on its own, with every other filter and the range applied. A chip
  // never opened holds no count queries: the request chip alone has over a hundred options, and
  // observing them would cost every render of the toolbar, the first one included.
  const probes = useMemo(
    () => (armed && facet.countable ? facet.options.map((option) => withFacet(search, facet.key, [option.value])) : []),
    [armed, facet, search],
  )
  const { counts, pending, canCount } = useAuditLogCounts(probes, open, countLimits.facets)
  const selected = selectedValues(search.filters, facet.key)
  // Only an armed chip's popover shows its options: a closed chip (every chip as the page loads,
  // and on each page turn) would otherwise check each option against the value limit, over a
  // hundred for the request chip, on every render of the toolbar.
  const options = useMemo(() => {
    if (!armed) return []
    const whyNot = (value: string) => {
      const own = facet.unavailable?.(selected, value)
      if (own || facet.valueLimit === undefined) return own
      const next = filtersWithFacet(search.filters, facet.key, [...selected, value])
      return fitsValueLimit(next, facet.valueLimit) ? undefined : messages.filters.valueLimitUnavailable
    }
    return facet.options.map((option, i) => {
      const unavailable = selected.includes(option.value) ? undefined : whyNot(option.value)
      return { ...option, count: counts[i] ?? undefined, ...(unavailable ? { unavailable } : {}) }
    })
  }, [armed, facet, counts, selected, search.filters])

  // Said once under the options, not beside each one it blocks.
  const full = options.some((option) => option.unavailable === messages.filters.valueLimitUnavailable)
  const note = full && facet.valueLimit !== undefined ? messages.filters.valueLimitNote(facet.valueLimit) : facet.note
  const summary = summarizeSelection(facet.options, selected)
  const chip = (
    <FilterChip
      icon="plusCircle"
      title={facet.title}
      summary={summary}
      active={selected.length > 0}
      aria-label={facetChipLabel(facet.title, summary)}
      aria-haspopup="dialog"
      aria-expanded={false}
      onPointerEnter={() => preloadFacetFilter()}
      onFocus={() => preloadFacetFilter()}
      // A transition: the press is answered in the next frame, and the popover (with its count
      // queries) renders right after it, yielding to the browser, instead of holding that frame.
      onClick={() =>
        startTransition(() => {
          setArmed(true)
          setOpen(true)
        })
      }
    />
  )
  if (!armed) return chip

  return (
    <Suspense fallback={chip}>
      <FacetedFilterPopover.Component
        defaultOpen
        title={facet.title}
        options={options}
        selected={selected}
        searchable={facet.searchable}
        note={note}
        onOpenChange={setOpen}
        countsStatus={!facet.countable || !canCount ? 'unavailable' : pending ? 'loading' : 'ready'}
        onChange={(values) => onSearchChange((current) => withFacet(current, facet.key, values))}
      />
    </Suspense>
  )
}
