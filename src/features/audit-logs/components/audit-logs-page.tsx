import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react'
import { Outlet } from 'react-router'

import { Icon } from '@/components/ui/icon'
import { Notice } from '@/components/ui/notice'
import { messages } from '@/lib/i18n'
import { whenIdle } from '@/lib/lazy/when-idle'
import { NARROW_SCREEN, useMediaQuery } from '@/lib/use-media-query'
import type { AuditPage } from '@/sources/audit-event'
import type { TimeRange } from '@/sources/audit-search'
import { DEFAULT_SEARCH, EMPTY_FILTERS } from '@/sources/audit-search'
import { useSourceClient } from '@/sources/source-client-context'

import { useAuditLogs } from '../api/get-audit-logs'
import type { ExportFormat } from '../export/export-encoders'
import { preloadAuditLogDrawer } from '../load-audit-log-drawer'
import { countActiveFilters } from '../search/filter-params'
import { useAuditSearch } from '../search/use-audit-search'
import { AuditLogTable } from './audit-log-table'
import { AuditLogToolbar } from './audit-log-toolbar'
import type { AuditLogView } from './audit-log-view-context'
import { AuditLogViewContext } from './audit-log-view-context'
import { preloadFacetFilter } from './facet-filter'
import { ListStatus } from './list-status'
import { LIVE_INTERVALS, LiveUpdates } from './live-updates'
import { preloadTimeRangeFilter } from './time-range-filter'
import type { NeighbourContext } from './use-entry-neighbours'
import { useListShortcuts } from './use-list-shortcuts'
import { ZoneToggle } from './zone-toggle'

// Neither the chart nor export is needed for the first paint of the table: each loads in its own chunk.
const ActivityChart = lazy(() => import('./activity-chart'))
const ExportDialog = lazy(() => import('./export-dialog'))
const ShortcutsDialog = lazy(() => import('./shortcuts-dialog'))
const FilterSheet = lazy(() => import('./filter-sheet'))

const HIGHLIGHT_MS = 3_000

function preloadNextSteps() {
  preloadAuditLogDrawer()
  preloadFacetFilter()
  preloadTimeRangeFilter()
}

const NO_EVENTS: never[] = []
const NO_IDS: ReadonlySet<string> = new Set()

/** Settings → Audit Logs: who did what to which resource, latest first. */
export function AuditLogsPage() {
  const { source } = useSourceClient()
  const { search, zone, ignored, now, key: searchKey, update, setZone } = useAuditSearch()
  const query = useAuditLogs(search)
  const [dismissedIgnored, setDismissedIgnored] = useState('')
  const [dismissedProblems, setDismissedProblems] = useState<unknown>(null)
  const [exporting, setExporting] = useState<ExportFormat | null>(null)
  const [live, setLive] = useState(false)
  const [liveInterval, setLiveInterval] = useState<number>(LIVE_INTERVALS[1])
  const [highlighted, setHighlighted] = useState<ReadonlySet<string>>(NO_IDS)
  const [helpOpen, setHelpOpen] = useState(false)
  // On a phone the chips move into a sheet behind one "Filters" button.
  const narrow = useMediaQuery(NARROW_SCREEN)
  const openHelp = useCallback(() => setHelpOpen(true), [])
  useListShortcuts({ onHelp: openHelp })
  // Once the rows are up and the browser is idle, the code for what comes next (an entry, a
  // filter) is fetched in the background, so it opens in the frame after the click.
  const listShown = query.isSuccess
  useEffect(() => (listShown ? whenIdle(preloadNextSteps) : undefined), [listShown])

  // The last page that loaded stays on screen (dimmed) when a later load fails.
  const [earlier, setEarlier] = useState<AuditPage>()
  if (query.data && !query.isPlaceholderData && query.data !== earlier) setEarlier(query.data)
  const page = query.data ?? (query.isError ? earlier : undefined)
  const events = page?.events ?? NO_EVENTS
  const problems = page?.problems ?? []
  const failed = query.isError
  const pastTheEnd = page !== undefined && events.length === 0 && page.total !== undefined && page.total > 0
  const lastPage = page?.total ? Math.ceil(page.total / search.pageSize) - 1 : 0
  const filtered =
    countActiveFilters(search.filters) > 0 || search.range.start !== undefined || search.range.end !== undefined

  const zoom = useCallback((range: TimeRange) => update((current) => ({ ...current, page: 0, range })), [update])
  const showChart = source.capabilities.timeRange && source.capabilities.totalCount
  // Live updates make sense only where new entries appear: the first page, latest first.
  const canGoLive =
    search.sort.field === 'time' &&
    search.sort.direction === 'desc' &&
    search.page === 0 &&
    source.capabilities.timeRange &&
    source.capabilities.totalCount
  const newestMs = canGoLive ? events[0]?.timeMs : undefined

  const showNew = useCallback(async () => {
    const before = new Set(events.map((event) => event.id))
    const { data } = await query.refetch()
    const fresh = new Set((data?.events ?? []).filter((event) => !before.has(event.id)).map((event) => event.id))
    setHighlighted(fresh)
    setTimeout(() => setHighlighted(NO_IDS), HIGHLIGHT_MS)
  }, [events, query])

  // What a screen reader hears when a page of results arrives.
  const activeFilters =
    countActiveFilters(search.filters) + (search.range.start !== undefined || search.range.end !== undefined ? 1 : 0)
  const m = messages.list
  const announcement =
    query.isSuccess && !query.isPlaceholderData && page
      ? page.events.length === 0
        ? m.announce.none
        : m.announce.showing(
            search.page * search.pageSize + 1,
            search.page * search.pageSize + page.events.length,
            page.total,
            activeFilters,
          )
      : ''

  const view = useMemo<AuditLogView>(
    () => ({
      zone,
      listSearch: searchKey ? `?${searchKey}` : '',
      canFilterBy: (key) => Boolean(source.capabilities.filters[key]),
      filterBy: (key, party, options) =>
        update((current) => {
          if (current.filters[key]?.some((existing) => existing.id === party.id)) return current
          // A server that filters by one actor (BloodHound) or one request gets the new one instead.
          const one = key === 'requestIds' || (key === 'actors' && source.capabilities.filters.maxActors === 1)
          const keep = one ? [] : (current.filters[key] ?? [])
          return { ...current, page: 0, filters: { ...current.filters, [key]: [...keep, party] } }
        }, options),
    }),
    [zone, searchKey, source, update],
  )

  return (
    <section className="page" aria-labelledby="audit-logs-title">
      <header className="page-header">
        <h1 id="audit-logs-title">{m.title}</h1>
        <p className="page-lede">{m.lede}</p>
      </header>

      {ignored.length > 0 && dismissedIgnored !== ignored.join() && (
        <Notice onDismiss={() => setDismissedIgnored(ignored.join())}>{m.ignoredLink(ignored)}</Notice>
      )}

      <ListStatus
        error={query.isError ? query.error : undefined}
        failureReason={query.failureReason}
        failureCount={query.failureCount}
        fetching={query.isFetching}
        paused={query.fetchStatus === 'paused'}
        showingEarlier={query.isError && earlier !== undefined}
        scopesHelp={source.scopesHelp}
        onRetry={() => void query.refetch()}
      />

      {problems.length > 0 && dismissedProblems !== page && (
        <Notice onDismiss={() => setDismissedProblems(page)}>
          {m.unreadableEntries(problems.length, problems[0]?.message.split('\n')[0])}
        </Notice>
      )}

      <div className="list-actions">
        {canGoLive && (
          <LiveUpdates
            search={search}
            newestMs={newestMs}
            live={live}
            intervalMs={liveInterval}
            onLiveChange={setLive}
            onIntervalChange={setLiveInterval}
            onShowNew={() => void showNew()}
          />
        )}
        <span className="list-actions-spacer" />
        <button type="button" className="button button-quiet" onClick={openHelp} aria-keyshortcuts="?">
          {m.shortcuts}
        </button>
        <ZoneToggle zone={zone} onChange={setZone} />
        <button type="button" className="button button-quiet" onClick={() => setExporting('csv')}>
          <Icon name="download" size={14} />
          {messages.export.title(messages.export.formats.csv)}
        </button>
        <button type="button" className="button button-quiet" onClick={() => setExporting('ndjson')}>
          <Icon name="download" size={14} />
          {messages.export.title(messages.export.formats.ndjson)}
        </button>
      </div>
      {helpOpen && (
        <Suspense fallback={null}>
          <ShortcutsDialog onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {exporting && (
        <Suspense fallback={null}>
          <ExportDialog format={exporting} search={search} total={page?.total} onClose={() => setExporting(null)} />
        </Suspense>
      )}

      {narrow ? (
        <Suspense
          fallback={
            <button type="button" className="button filter-sheet-trigger" disabled>
              {messages.filters.sheet.title}
            </button>
          }
        >
          <FilterSheet activeCount={activeFilters}>
            <AuditLogToolbar search={search} zone={zone} capabilities={source.capabilities} onSearchChange={update} />
          </FilterSheet>
        </Suspense>
      ) : (
        <AuditLogToolbar search={search} zone={zone} capabilities={source.capabilities} onSearchChange={update} />
      )}

      {showChart && (
        <div className="chart-slot">
          <Suspense fallback={null}>
            <ActivityChart search={search} zone={zone} now={now} onZoom={zoom} counting={!query.isFetching} />
          </Suspense>
        </div>
      )}

      <AuditLogViewContext value={view}>
        <AuditLogTable
          events={events}
          total={page?.total}
          search={search}
          sourceId={source.id}
          capabilities={source.capabilities}
          hasMore={page?.hasMore}
          onSearchChange={update}
          loading={query.isPending && !failed}
          stale={query.isPlaceholderData || (failed && page !== undefined)}
          highlighted={highlighted}
          emptyState={
            failed ? (
              <p className="empty-state">{m.empty.failed}</p>
            ) : pastTheEnd ? (
              <div className="empty-state">
                <p>{m.empty.pastTheEnd}</p>
                <button
                  type="button"
                  className="button"
                  onClick={() => update((current) => ({ ...current, page: lastPage }))}
                >
                  {m.empty.goToLastPage}
                </button>
              </div>
            ) : filtered ? (
              <div className="empty-state">
                <Icon name="filter" size={28} />
                <p className="empty-state-title">{m.empty.noMatches}</p>
                <button
                  type="button"
                  className="button"
                  onClick={() =>
                    update((current) => ({ ...current, page: 0, filters: EMPTY_FILTERS, range: DEFAULT_SEARCH.range }))
                  }
                >
                  {m.empty.clearAllFilters}
                </button>
              </div>
            ) : (
              <div className="empty-state">
                <Icon name="inbox" size={28} />
                <p className="empty-state-title">{m.empty.noEntries}</p>
                <p className="muted">{m.empty.noEntriesHelp}</p>
              </div>
            )
          }
        />
        {/* The open entry (drawer) renders here, over the list, with the list's state to step through. */}
        <Outlet
          context={
            {
              view: { search, zone },
              events: page?.events,
              total: page?.total,
              hasMore: page?.hasMore,
            } satisfies NeighbourContext
          }
        />
      </AuditLogViewContext>
    </section>
  )
}
