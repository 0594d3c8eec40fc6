import { Suspense, useCallback, useState } from 'react'

import type { AuditLogList } from '@/features/audit-logs/list/use-audit-log-list'
import { withRange } from '@/features/audit-logs/search/search-transitions'
import { preloadableComponent } from '@/lib/lazy/preloadable-component'
import { useOnScreen } from '@/lib/use-on-screen'
import type { TimeRange } from '@/sources/audit-search'

// Not needed for the first paint of the table: the chart loads in its own chunk, once the rows
// have been painted.
const ActivityChart = preloadableComponent(async () => (await import('./activity-chart')).default)
/** Resolves once the chart renders without suspending (tests load it before rendering the page). */
export const loadActivityChart = ActivityChart.load

/** The activity histogram over the list, where the source can count by time; zooming sets the range. */
export function ChartSlot({ list }: { list: AuditLogList }) {
  const { update, source } = list
  const [slot, setSlot] = useState<HTMLDivElement | null>(null)
  const onScreen = useOnScreen(slot)
  const zoom = useCallback((range: TimeRange) => update((current) => withRange(current, range)), [update])
  if (!source.capabilities.timeRange || !source.capabilities.totalCount) return null
  // The slot keeps the chart's height from the start, so nothing moves when the chart comes in.
  return (
    <div className="chart-slot" ref={setSlot}>
      {list.firstPainted && (
        <Suspense fallback={null}>
          <ActivityChart.Component
            search={list.search}
            zone={list.zone}
            now={list.now}
            onZoom={zoom}
            counting={onScreen && !list.query.isFetching}
          />
        </Suspense>
      )}
    </div>
  )
}
