import { lazy, Suspense, useState } from 'react'
import type { TimeRangeProps } from './time-range-popover'
import { TimeRangeChip } from './time-range-chip'

const loadPopover = () => import('./time-range-popover')
const TimeRangePopover = lazy(loadPopover)

/** The time range chip; its popover loads when the chip is first approached. */
export function TimeRangeFilter(props: TimeRangeProps) {
  const [armed, setArmed] = useState(false)
  const chip = (
    <TimeRangeChip
      range={props.range}
      zone={props.zone}
      aria-haspopup="dialog"
      aria-expanded={false}
      onPointerEnter={() => void loadPopover()}
      onFocus={() => void loadPopover()}
      onClick={() => setArmed(true)}
    />
  )
  if (!armed) return chip
  return (
    <Suspense fallback={chip}>
      <TimeRangePopover {...props} />
    </Suspense>
  )
}
