import { lazy, Suspense } from 'react'

import { ColumnsMenu } from '@/features/audit-logs/columns/columns-menu'
import type { AuditLogList } from '@/features/audit-logs/list/use-audit-log-list'
import { searchContext } from '@/features/audit-logs/search/use-audit-search'
import { ViewsMenu } from '@/features/audit-logs/views/views-menu'
import { messages } from '@/lib/i18n'
import { NARROW_SCREEN, useMediaQuery } from '@/lib/use-media-query'

import { AuditLogToolbar } from './audit-log-toolbar'

const FilterSheet = lazy(() => import('./filter-sheet'))

/**
 * The saved views and columns, then the filter toolbar; on a phone the chips move into a sheet
 * behind one "Filters" button, while views and columns stay in reach.
 */
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
  return (
    <div className="list-toolbar">
      <div className="view-controls" role="group" aria-label={messages.views.controlsLabel}>
        <ViewsMenu />
        <ColumnsMenu
          specs={list.source.columns}
          layout={searchContext(list.source).columns}
          columns={list.columns}
          onChange={list.setColumns}
        />
      </div>
      {narrow ? (
        <Suspense
          fallback={
            <button type="button" className="button filter-sheet-trigger" disabled>
              {messages.filters.sheet.title}
            </button>
          }
        >
          <FilterSheet activeCount={list.filterCount}>{toolbar}</FilterSheet>
        </Suspense>
      ) : (
        toolbar
      )}
    </div>
  )
}
