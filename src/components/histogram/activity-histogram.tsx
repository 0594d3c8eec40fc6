import './histogram.css'

import { memo, useId, useMemo } from 'react'

import { chartMessages } from '@/lib/i18n/chart-messages'

import { HistogramBars } from './histogram-bars'
import { HistogramBucketButtons } from './histogram-bucket-buttons'
import { computeScale } from './histogram-scale'
import type { FormatCount, FormatRange } from './histogram-text'
import { bucketLabel, defaultFormatCount, summaryText } from './histogram-text'
import { HistogramTooltip } from './histogram-tooltip'
import { tooltipModel } from './histogram-tooltip-model'
import type { HistogramBucket } from './histogram-types'
import { useHistogramInteraction } from './use-histogram-interaction'

export type { HistogramBucket } from './histogram-types'

export interface ActivityHistogramProps {
  /** Accessible name and visible caption, e.g. "Activity over time". */
  label: string
  /** 30–60 buckets in ascending time order. */
  buckets: HistogramBucket[]
  /** Formats a bucket or span, e.g. "Nov 3, 14:00 – 15:00"; the caller decides zone and locale. */
  formatRange: FormatRange
  formatCount?: FormatCount
  /** Zoom request: start of the first selected bucket, end (exclusive) of the last. */
  onSelectRange: (start: number, end: number) => void
  /** Plot height in px. Fixed from the first render so the page below never moves. */
  height?: number
  /** Replaces the bars with this message (the plot keeps its height). */
  error?: string
}

/** Space between a bar's top and the tooltip, in px. */
const TOOLTIP_GAP = 6

/**
 * A bar chart of counts per time bucket that zooms on drag, click or keyboard selection.
 * Generic: it knows buckets and callbacks, nothing about what is being counted. Memoised: the
 * list above it re-renders on every page turn and sort, when its buckets have not changed.
 */
export const ActivityHistogram = memo(function ActivityHistogram({
  label,
  buckets,
  formatRange,
  formatCount = defaultFormatCount,
  onSelectRange,
  height = 96,
  error,
}: ActivityHistogramProps) {
  const titleId = useId()
  const summaryId = useId()
  const hintId = useId()
  const length = buckets.length
  const scale = useMemo(() => computeScale(buckets, height), [buckets, height])
  const labels = useMemo(
    () => buckets.map((bucket) => bucketLabel(bucket, formatRange, formatCount)),
    [buckets, formatRange, formatCount],
  )
  const summary = useMemo(
    () => (error === undefined ? summaryText(buckets, scale, formatRange, formatCount) : ''),
    [buckets, scale, formatRange, formatCount, error],
  )
  const { state, focused, selection, groupProps } = useHistogramInteraction(buckets, onSelectRange)

  const tooltip =
    error === undefined && length > 0
      ? tooltipModel(buckets, scale, state, focused, selection, formatRange, formatCount)
      : null

  const hoverIndex = state.drag === null ? state.hovered : null
  const showAxis = error === undefined && scale.max > 0

  return (
    // Named by the title and described by the summary explicitly: not every accessibility API
    // derives a figure's name from its figcaption.
    <figure className="histogram" aria-labelledby={titleId} aria-describedby={summaryId}>
      <figcaption className="histogram-caption">
        <span id={titleId} className="histogram-title">
          {label}
        </span>
        <span id={summaryId} className="histogram-summary">
          {summary}
        </span>
      </figcaption>
      <div className={`histogram-plot${state.drag !== null ? ' is-dragging' : ''}`} style={{ height }}>
        {error !== undefined ? (
          <p className="histogram-error" role="status">
            {error}
          </p>
        ) : (
          <>
            <svg
              className={`histogram-svg${selection !== null ? ' has-selection' : ''}`}
              viewBox={`0 0 ${Math.max(1, length)} ${height}`}
              preserveAspectRatio="none"
              aria-hidden="true"
              focusable="false"
            >
              {showAxis && (
                <>
                  <line className="histogram-grid" x1={0} x2={length} y1={0.5} y2={0.5} />
                  <line className="histogram-grid" x1={0} x2={length} y1={height / 2} y2={height / 2} />
                </>
              )}
              {hoverIndex !== null && (
                <rect className="histogram-hover" x={hoverIndex} width={1} y={0} height={height} />
              )}
              <HistogramBars buckets={buckets} heights={scale.heights} height={height} selection={selection} />
              {selection !== null && (
                <rect
                  className="histogram-selection"
                  x={selection.from}
                  width={selection.to - selection.from + 1}
                  y={0}
                  height={height}
                />
              )}
            </svg>
            {showAxis && (
              <span className="histogram-axis" aria-hidden="true">
                {formatCount(scale.yMax)}
              </span>
            )}
            <div className="histogram-hits" role="group" aria-label={label} aria-describedby={hintId} {...groupProps}>
              <HistogramBucketButtons labels={labels} focused={focused} selection={selection} />
            </div>
            <span id={hintId} className="histogram-sr-only">
              {chartMessages.histogram.keyboardHint}
            </span>
            {tooltip !== null && (
              <HistogramTooltip
                centerPercent={((tooltip.at + 0.5) / length) * 100}
                bottom={Math.min(tooltip.barTop, height) + TOOLTIP_GAP}
                title={tooltip.title}
                detail={tooltip.detail}
                hint={tooltip.hint}
              />
            )}
          </>
        )}
      </div>
    </figure>
  )
})
