import { useCallback, useState } from 'react'

import type { AuditLogList } from '@/features/audit-logs/list/use-audit-log-list'

import { LIVE_INTERVALS } from './live-updates'

const HIGHLIGHT_MS = 3_000
const NO_IDS: ReadonlySet<string> = new Set()

/**
 * Live mode over the list: whether it applies (the first page, latest first, where new entries
 * appear), its switch and interval, and the entries just shown, highlighted for a moment.
 */
export function useLiveUpdates(list: AuditLogList) {
  const { search, source, events, query } = list
  const [live, setLive] = useState(false)
  const [intervalMs, setIntervalMs] = useState<number>(LIVE_INTERVALS[1])
  const [highlighted, setHighlighted] = useState<ReadonlySet<string>>(NO_IDS)
  const canGoLive =
    search.sort.field === 'time' &&
    search.sort.direction === 'desc' &&
    search.page === 0 &&
    source.capabilities.timeRange &&
    source.capabilities.totalCount

  const showNew = useCallback(async () => {
    const before = new Set(events.map((event) => event.id))
    const { data } = await query.refetch()
    const fresh = new Set((data?.events ?? []).filter((event) => !before.has(event.id)).map((event) => event.id))
    setHighlighted(fresh)
    setTimeout(() => setHighlighted(NO_IDS), HIGHLIGHT_MS)
  }, [events, query])

  return {
    canGoLive,
    highlighted,
    controls: {
      search,
      newestMs: canGoLive ? events[0]?.timeMs : undefined,
      live,
      intervalMs,
      onLiveChange: setLive,
      onIntervalChange: setIntervalMs,
      onShowNew: () => void showNew(),
    },
  }
}
