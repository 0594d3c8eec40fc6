import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useState } from 'react'

import { auditLogCountOptions } from '@/features/audit-logs/api/get-audit-log-count'
import { auditLogListOptions } from '@/features/audit-logs/api/get-audit-logs'
import type { AuditLogList } from '@/features/audit-logs/list/use-audit-log-list'
import { withPage, withRange } from '@/features/audit-logs/search/search-transitions'
import type { AuditEvent } from '@/sources/audit-event'
import type { AuditSearch } from '@/sources/audit-search'
import { useSourceClient } from '@/sources/source-client-context'

/** Where "Find in list" got to: looking, or the entry is not among the list's results. */
export type LocateState = 'idle' | 'locating' | 'not-in-list' | 'failed'

/**
 * Previous/next entry through the list as the user sees it: within the page, and across to the
 * adjacent page at its edges (fetched, then opened at its first or last entry). An entry opened
 * from a link may sit on another page than the one behind it: in time order its page follows from
 * how many entries come before it, so `locate` moves the list there and stepping works again.
 */
export function useEntryNeighbours(id: string, entry: AuditEvent | undefined, list: AuditLogList) {
  const client = useSourceClient()
  const queryClient = useQueryClient()
  const { search, openEntry, update } = list
  // The list page on screen; undefined while it loads (e.g. a cold deep link).
  const events = list.page?.events
  const index = events?.findIndex((event) => event.id === id) ?? -1
  const onPage = index !== -1

  const openOnPage = useCallback(
    (target: AuditSearch, entryId: string) => update(() => target, { toEntry: entryId }),
    [update],
  )

  const go = useCallback(
    async (step: 1 | -1) => {
      if (!events || !onPage) return
      const neighbour = events[index + step]
      if (neighbour) return openEntry(neighbour.id)
      const page = search.page + step
      if (page < 0 || (step === 1 && !list.hasNext)) return
      const target = withPage(search, page)
      const { events: adjacent } = await queryClient.fetchQuery(auditLogListOptions(client, target))
      const entry = step === 1 ? adjacent[0] : adjacent.at(-1)
      if (entry) openOnPage(target, entry.id)
    },
    [events, onPage, index, openEntry, openOnPage, search, list.hasNext, queryClient, client],
  )

  const [locateState, setLocateState] = useState<{ id: string; state: LocateState }>({ id, state: 'idle' })
  const { capabilities } = client.source
  const canLocate =
    !onPage &&
    events !== undefined &&
    entry !== undefined &&
    Number.isFinite(entry.timeMs) &&
    search.sort.field === 'time' &&
    capabilities.timeRange &&
    capabilities.totalCount

  const locate = useCallback(async () => {
    if (!canLocate) return
    setLocateState({ id, state: 'locating' })
    const { start, end } = search.range
    const t = entry.timeMs
    if ((start !== undefined && t < start) || (end !== undefined && t > end)) {
      setLocateState({ id, state: 'not-in-list' })
      return
    }
    try {
      // Entries before this one in the list's order: newer ones when latest first, older otherwise.
      const before = search.sort.direction === 'desc' ? { start: t + 1, end } : { start, end: t - 1 }
      const ahead = await queryClient.fetchQuery(auditLogCountOptions(client, withRange(search, before)))
      if (ahead === null) return setLocateState({ id, state: 'not-in-list' })
      // Entries written in the same millisecond may come first: look at the next page too.
      const firstPage = Math.floor(ahead / search.pageSize)
      for (const page of [firstPage, firstPage + 1]) {
        const target = withPage(search, page)
        const { events: candidates } = await queryClient.fetchQuery(auditLogListOptions(client, target))
        if (candidates.some((candidate) => candidate.id === id)) {
          setLocateState({ id, state: 'idle' })
          return openOnPage(target, id)
        }
      }
      setLocateState({ id, state: 'not-in-list' })
    } catch {
      setLocateState({ id, state: 'failed' })
    }
  }, [canLocate, id, entry, search, queryClient, client, openOnPage])

  const hasPrevious = onPage && (index > 0 || search.page > 0)
  const hasNext = onPage && (index < events!.length - 1 || list.hasNext)

  return {
    hasPrevious,
    hasNext,
    previous: () => go(-1),
    next: () => go(1),
    canLocate,
    locate,
    locateState: locateState.id === id ? locateState.state : 'idle',
  }
}
