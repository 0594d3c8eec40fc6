import { Navigate, Outlet } from 'react-router'

import { AUDIT_LOGS_PATH } from '@/config/paths'
import { ChartSlot } from '@/features/audit-logs/chart/chart-slot'
import { ListFilters } from '@/features/audit-logs/filters/list-filters'
import { LiveUpdates } from '@/features/audit-logs/live/live-updates'
import { useLiveUpdates } from '@/features/audit-logs/live/use-live-updates'
import { SearchBar } from '@/features/audit-logs/query/search-bar'
import { ZoneToggle } from '@/features/audit-logs/range/zone-toggle'
import { useDefaultViewLanding } from '@/features/audit-logs/views/use-default-view'
import { messages } from '@/lib/i18n'

import { ApiRequestButton } from './api-request-button'
import { AuditLogTable } from './audit-log-table'
import { ExportButtons } from './export-buttons'
import { HelpButton } from './help-button'
import { IgnoredParamsNotice } from './ignored-params-notice'
import { ListEmptyState } from './list-empty-state'
import { ListStatus } from './list-status'
import { LIST_TITLE_ID } from './page-ids'
import { UnreadableEntriesNotice } from './unreadable-entries-notice'
import { useAuditLogList } from './use-audit-log-list'
import { usePreloadNextSteps } from './use-preload-next-steps'

/** Settings → Audit Logs; opened bare, it lands on the default saved view if there is one. */
export function AuditLogsPage() {
  const landing = useDefaultViewLanding()
  if (landing !== undefined) return <Navigate replace to={{ pathname: AUDIT_LOGS_PATH, search: landing }} />
  return <AuditLogsList />
}

/** Who did what to which resource, latest first. */
function AuditLogsList() {
  const list = useAuditLogList()
  const live = useLiveUpdates(list)
  const { query } = list
  usePreloadNextSteps(list.firstPainted)
  const m = messages.list

  return (
    <section className="page" aria-labelledby={LIST_TITLE_ID}>
      <header className="page-header">
        <h1 id={LIST_TITLE_ID}>{m.title}</h1>
        <p className="page-lede">{m.lede}</p>
      </header>

      <IgnoredParamsNotice ignored={list.ignored} />
      <ListStatus
        error={query.isError ? query.error : undefined}
        failureReason={query.failureReason}
        failureCount={query.failureCount}
        fetching={query.isFetching}
        paused={query.fetchStatus === 'paused'}
        showingEarlier={list.showingEarlier}
        scopesHelp={list.source.scopesHelp}
        onRetry={() => void query.refetch()}
      />
      <UnreadableEntriesNotice page={list.page} />

      <div className="list-actions">
        {live.canGoLive && <LiveUpdates {...live.controls} />}
        <span className="list-actions-spacer" />
        <HelpButton />
        <ZoneToggle zone={list.zone} onChange={list.setZone} />
        <ExportButtons search={list.search} total={list.total} />
        <ApiRequestButton search={list.search} />
      </div>
      <p role="status" className="sr-only">
        {list.announcement}
      </p>

      <SearchBar list={list} />
      <ListFilters list={list} />
      <ChartSlot list={list} />
      <AuditLogTable list={list} highlighted={live.highlighted} emptyState={<ListEmptyState list={list} />} />
      {/* The open entry (drawer) renders here, over the list; it reads the list through the same controller. */}
      <Outlet />
    </section>
  )
}
