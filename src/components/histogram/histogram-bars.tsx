import { memo } from 'react'

import { inSelection } from './histogram-scale'
import type { HistogramBucket, HistogramSelection } from './histogram-types'

interface Props {
  buckets: readonly HistogramBucket[]
  heights: readonly number[]
  /** Plot height in px, which is also the viewBox height. */
  height: number
  selection: HistogramSelection | null
}

/** Horizontal gap between bars, in buckets (the viewBox has one unit per bucket). */
const GAP = 0.18

/**
 * The bars, drawn once per data or selection change. Memoised so hover and focus moves (which only
 * move the tooltip) do not re-create 60 rects. Purely visual: the buttons carry the semantics.
 */
export const HistogramBars = memo(function HistogramBars({ buckets, heights, height, selection }: Props) {
  return (
    <g>
      {buckets.map((bucket, index) => {
        const x = index + GAP / 2
        const width = 1 - GAP
        const selected = inSelection(selection, index) ? ' is-selected' : ''
        if (bucket.count === undefined) {
          const h = heights[index] ?? 0
          return (
            <rect
              key={index}
              className={`histogram-bar-loading${selected}`}
              x={x}
              width={width}
              y={height - h}
              height={h}
            />
          )
        }
        if (bucket.count === 0) {
          // A 1 px tick says "measured, nothing here" as opposed to a gap that could mean "missing".
          return (
            <rect
              key={index}
              className={`histogram-bar-zero${selected}`}
              x={x}
              width={width}
              y={height - 1}
              height={1}
            />
          )
        }
        const h = heights[index] ?? 0
        return <rect key={index} className={`histogram-bar${selected}`} x={x} width={width} y={height - h} height={h} />
      })}
    </g>
  )
})
