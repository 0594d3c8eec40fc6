import { memo } from 'react'

import { inSelection } from './histogram-scale'
import type { HistogramSelection } from './histogram-types'

interface Props {
  labels: readonly string[]
  /** Index of the one button in the tab order (roving tabindex). */
  focused: number
  selection: HistogramSelection | null
}

/**
 * One transparent HTML button per bucket, laid over the bars. HTML buttons (not focusable SVG
 * rects) because every screen reader and axe understand them, and they get native Enter/Space
 * activation and focus rings for free. Events are handled by the parent group (delegation), so
 * this row re-renders only when focus, selection or labels change.
 */
export const HistogramBucketButtons = memo(function HistogramBucketButtons({ labels, focused, selection }: Props) {
  return (
    <>
      {labels.map((label, index) => (
        <button
          key={index}
          type="button"
          className="histogram-hit"
          data-index={index}
          tabIndex={index === focused ? 0 : -1}
          aria-label={label}
          aria-pressed={inSelection(selection, index)}
        />
      ))}
    </>
  )
})
