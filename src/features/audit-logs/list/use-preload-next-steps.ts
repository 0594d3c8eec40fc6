import { useEffect } from 'react'

import { preloadAuditLogDrawer } from '@/features/audit-logs/entry/load-audit-log-drawer'
import { preloadFacetFilter } from '@/features/audit-logs/filters/facet-filter'
import { preloadTimeRangeFilter } from '@/features/audit-logs/range/time-range-filter'
import { whenIdle } from '@/lib/lazy/when-idle'

function preloadNextSteps() {
  preloadAuditLogDrawer()
  preloadFacetFilter()
  preloadTimeRangeFilter()
}

/**
 * Once the rows have been painted and the browser is idle, the code for what comes next (an entry, a
 * filter) is fetched in the background, so it opens in the frame after the click.
 */
export function usePreloadNextSteps(rowsPainted: boolean) {
  useEffect(() => (rowsPainted ? whenIdle(preloadNextSteps) : undefined), [rowsPainted])
}
