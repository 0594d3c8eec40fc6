import { lazy, Suspense, useCallback } from 'react'

import type { AuditLogList } from '@/features/audit-logs/list/use-audit-log-list'
import { withRange } from '@/features/audit-logs/search/search-transitions'
import type { TimeRange } from '@/sources/audit-search'

// Not needed for the first paint of the table: the chart loads in its own chunk.
const ActivityChart = lazy(() => import('./activity-chart'))

/** The activity histogram over the list, where the source can count by time; zooming sets the range. */
export function ChartSlot({ list }: { list: AuditLogList }) {
  const { update, source } = list
  const zoom = useCallback((range: TimeRange) => update((current) => withRange(current, range)), [update])
  if (!source.capabilities.timeRange || !source.capabilities.totalCount) return null
  return (
    <div className="chart-slot">
      <Suspense fallback={null}>
        <ActivityChart
          search={list.search}
          zone={list.zone}
          now={list.now}
          onZoom={zoom}
          counting={!list.query.isFetching}
        />
      </Suspense>
    </div>
  )
}
