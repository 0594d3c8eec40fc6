/** What a filter chip says about its selection; no UI library, so chips can render before one loads. */
import { messages } from '@/lib/i18n'

export interface FacetOption {
  value: string
  label: string
  /** Matches for this value alone (with the other filters applied); undefined while unknown. */
  count?: number
  /** A line under the label saying what the value stands for, e.g. the codes of a status class. */
  detail?: string
  /** Why the value cannot be added to the selection now; its checkbox is then disabled. */
  unavailable?: string
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
