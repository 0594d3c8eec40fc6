import { startTransition, Suspense, useState } from 'react'

import { preloadableComponent } from '@/lib/lazy/preloadable-component'

import { TimeRangeChip } from './time-range-chip'
import type { TimeRangeProps } from './time-range-popover'

const TimeRangePopover = preloadableComponent(async () => (await import('./time-range-popover')).default)
export const preloadTimeRangeFilter = TimeRangePopover.preload

/** The time range chip; its popover loads when the list is idle or the chip is first approached. */
export function TimeRangeFilter(props: TimeRangeProps) {
  const [armed, setArmed] = useState(false)
  const chip = (
    <TimeRangeChip
      range={props.range}
      zone={props.zone}
      aria-haspopup="dialog"
      aria-expanded={false}
      onPointerEnter={() => preloadTimeRangeFilter()}
      onFocus={() => preloadTimeRangeFilter()}
      // A transition, as for the filter chips: the frame after the press is not held for the popover.
      onClick={() => startTransition(() => setArmed(true))}
    />
  )
  if (!armed) return chip
  return (
    <Suspense fallback={chip}>
      <TimeRangePopover.Component {...props} />
    </Suspense>
  )
}
