interface Props {
  /** Centre of the bucket (or span end) the tooltip points at, in % of the plot width. */
  centerPercent: number
  /** Distance of the tooltip's bottom edge above the plot's bottom, in px. */
  bottom: number
  title: string
  detail: string
  hint?: string
}

/**
 * A small floating label above a bar. aria-hidden because it repeats the focused button's
 * accessible name; pointer-events: none so it never interrupts a drag.
 */
export function HistogramTooltip({ centerPercent, bottom, title, detail, hint }: Props) {
  return (
    <div
      className="histogram-tooltip"
      aria-hidden="true"
      // Shifting left by the same percentage as the anchor keeps the box inside the plot at both
      // ends while staying centred over bars in the middle.
      style={{ left: `${centerPercent}%`, bottom: `${bottom}px`, transform: `translateX(-${centerPercent}%)` }}
    >
      <span className="histogram-tooltip-title">{title}</span>
      <span className="histogram-tooltip-detail">{detail}</span>
      {hint !== undefined && <span className="histogram-tooltip-hint">{hint}</span>}
    </div>
  )
}
