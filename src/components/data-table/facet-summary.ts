/** What a filter chip says about its selection; no UI library, so chips can render before one loads. */
import { messages } from '@/lib/i18n'

export interface FacetOption {
  value: string
  label: string
  /** Matches for this value alone (with the other filters applied); undefined while unknown. */
  count?: number
}

/** How many selected values the chip names before it says "N selected". */
const NAMED_ON_CHIP = 2

/** "User, Device" or "3 selected". */
export function summarizeSelection(options: readonly FacetOption[], selected: readonly string[]): string {
  const labels = selected.map((value) => options.find((option) => option.value === value)?.label ?? value)
  if (labels.length === 0) return ''
  return labels.length <= NAMED_ON_CHIP ? messages.common.list(labels) : messages.facets.selected(labels.length)
}

/** The chip's accessible name: the text it shows, then "filter" (see messages.facets.chipLabel). */
export function facetChipLabel(title: string, summary: string): string {
  return messages.facets.chipLabel(title, summary)
}
