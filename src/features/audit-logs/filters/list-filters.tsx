import { lazy, Suspense } from 'react'

import type { AuditLogList } from '@/features/audit-logs/list/use-audit-log-list'
import { messages } from '@/lib/i18n'
import { NARROW_SCREEN, useMediaQuery } from '@/lib/use-media-query'

import { AuditLogToolbar } from './audit-log-toolbar'

const FilterSheet = lazy(() => import('./filter-sheet'))

/** The filter toolbar; on a phone the chips move into a sheet behind one "Filters" button. */
export function ListFilters({ list }: { list: AuditLogList }) {
  const narrow = useMediaQuery(NARROW_SCREEN)
  const toolbar = (
    <AuditLogToolbar
      search={list.search}
      zone={list.zone}
      capabilities={list.source.capabilities}
      onSearchChange={list.update}
    />
  )
  if (!narrow) return toolbar
  return (
    <Suspense
      fallback={
        <button type="button" className="button filter-sheet-trigger" disabled>
          {messages.filters.sheet.title}
        </button>
      }
    >
      <FilterSheet activeCount={list.filterCount}>{toolbar}</FilterSheet>
    </Suspense>
  )
}
