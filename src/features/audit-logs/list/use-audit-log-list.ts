import type { QueryClient } from '@tanstack/react-query'
import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'

import { useAuditLogs } from '@/features/audit-logs/api/get-audit-logs'
import type { PartyKey } from '@/features/audit-logs/search/search-transitions'
import { activeFilterCount, lastPageIndex, withParty } from '@/features/audit-logs/search/search-transitions'
import type { UpdateOptions } from '@/features/audit-logs/search/use-audit-search'
import { useAuditSearch } from '@/features/audit-logs/search/use-audit-search'
import { messages } from '@/lib/i18n'
import { type AuditEvent, type AuditPage, hasNextPage } from '@/sources/audit-event'
import type { PartyRef } from '@/sources/audit-search'
import type { SourceClient } from '@/sources/source-client'
import { useSourceClient } from '@/sources/source-client-context'

const NO_EVENTS: AuditEvent[] = []

/**
 * The last page that loaded, per query client, so it stays on screen (dimmed) when a later load
 * fails, for every reader of the list alike (the page and the drawer stepping through it).
 */
const lastLoaded = new WeakMap<QueryClient, { client: SourceClient; page: AuditPage }>()

export interface ListOptions {
  /**
   * A reader of the list someone else keeps on screen (the drawer over the page): it shares the
   * page's cached query without refetching it when it mounts or fetching the next page ahead.
   */
  follow?: boolean
}

/**
 * The audit-log list, whole (react-admin's `useListController`): the search from the URL, the
 * page's query, the last good page, paging facts and what a screen reader hears. Every screen
 * reading the list calls this: the same URL gives the same search and the same cached query.
 */
export function useAuditLogList({ follow = false }: ListOptions = {}) {
  const client = useSourceClient()
  const { source } = client
  const queryClient = useQueryClient()
  const { search, zone, columns, ignored, now, key, update, setZone, setColumns, openEntry, showList } =
    useAuditSearch()
  const { query, firstPainted } = useAuditLogs(search, { follow })

  if (query.data && !query.isPlaceholderData) lastLoaded.set(queryClient, { client, page: query.data })
  const kept = lastLoaded.get(queryClient)
  const earlier = kept?.client === client ? kept.page : undefined
  const failed = query.isError
  const page = query.data ?? (failed ? earlier : undefined)
  const events = page?.events ?? NO_EVENTS
  const total = page?.total
  const filterCount = activeFilterCount(search)

  const m = messages.list.announce
  const announcement =
    query.isSuccess && !query.isPlaceholderData && page
      ? page.events.length === 0
        ? m.none
        : m.showing(
            search.page * search.pageSize + 1,
            search.page * search.pageSize + page.events.length,
            total,
            filterCount,
          )
      : ''

  const { filters } = source.capabilities
  const canFilterBy = useCallback((partyKey: PartyKey) => Boolean(filters[partyKey]), [filters])
  const filterBy = useCallback(
    (partyKey: PartyKey, party: PartyRef, options?: UpdateOptions) =>
      update((current) => withParty(current, partyKey, party, { maxActors: filters.maxActors }), options),
    [update, filters],
  )

  return {
    source,
    search,
    zone,
    /** The columns shown, in order (undefined: the source's own). */
    columns,
    /** What the URL held that could not be used. */
    ignored,
    /** When the URL was read: open ranges end here. */
    now,
    /** The list's URL search ("?page=2…" or ""), kept by links to entries and back. */
    listSearch: key ? `?${key}` : '',
    update,
    setZone,
    setColumns,
    openEntry,
    showList,
    canFilterBy,
    filterBy,
    query,
    /** The first answer has been painted (a frame ago): work below the fold may start. */
    firstPainted,
    /** The page on screen: this view's, or the last good one when this view failed. */
    page,
    events,
    total,
    /** Whether a page follows this one (the one paging rule, beside AuditPage). */
    hasNext: page !== undefined && hasNextPage(page, search.page, search.pageSize),
    failed,
    loading: query.isPending && !failed,
    /** The rows shown belong to another view (the previous one while loading, or an earlier one). */
    stale: query.isPlaceholderData || (failed && page !== undefined),
    showingEarlier: failed && earlier !== undefined,
    /** A page number beyond the results: the server has entries, none on this page. */
    pastTheEnd: page !== undefined && events.length === 0 && total !== undefined && total > 0,
    lastPage: lastPageIndex(total, search.pageSize),
    filterCount,
    announcement,
  }
}

export type AuditLogList = ReturnType<typeof useAuditLogList>
