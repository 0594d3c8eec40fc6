import { chartMessages } from '@/lib/i18n/chart-messages'

import type { InteractionState } from './histogram-interaction'
import type { HistogramScale } from './histogram-scale'
import { selectionTotals } from './histogram-scale'
import type { FormatCount, FormatRange } from './histogram-text'
import { entriesText, LOADING_TEXT } from './histogram-text'
import type { HistogramBucket, HistogramSelection } from './histogram-types'

export interface TooltipModel {
  /** Bucket the tooltip points at. */
  at: number
  /** Top of the tallest bar it describes, in px above the plot's bottom. */
  barTop: number
  title: string
  detail: string
  hint: string | undefined
}

/**
 * What the tooltip says and where, or null for none. A span (being dragged, or extended with
 * Shift+Arrow and shown to the keyboard user) shows its total; otherwise the hovered bucket, else
 * the keyboard-focused one.
 */
export function tooltipModel(
  buckets: readonly HistogramBucket[],
  scale: HistogramScale,
  state: InteractionState,
  focused: number,
  selection: HistogramSelection | null,
  formatRange: FormatRange,
  formatCount: FormatCount,
): TooltipModel | null {
  const keyboardTip = state.focusVisible && !state.tooltipDismissed
  if (selection !== null && (state.drag !== null || (keyboardTip && state.hovered === null))) {
    const totals = selectionTotals(buckets, selection)
    if (totals === null) return null
    return {
      at: state.drag?.current ?? focused,
      barTop: Math.max(0, ...scale.heights.slice(selection.from, selection.to + 1)),
      title: formatRange(totals.start, totals.end),
      detail: totals.loading
        ? chartMessages.histogram.atLeast(entriesText(totals.count, formatCount))
        : entriesText(totals.count, formatCount),
      hint: state.drag !== null ? chartMessages.histogram.releaseToZoom : chartMessages.histogram.enterToZoom,
    }
  }
  const at = state.hovered ?? (keyboardTip ? focused : null)
  const bucket = at === null ? undefined : buckets[at]
  if (at === null || bucket === undefined) return null
  return {
    at,
    // Zero buckets still have their 1 px tick to sit on.
    barTop: Math.max(1, scale.heights[at] ?? 0),
    title: formatRange(bucket.start, bucket.end),
    detail: bucket.count === undefined ? LOADING_TEXT : entriesText(bucket.count, formatCount),
    hint: undefined,
  }
}
