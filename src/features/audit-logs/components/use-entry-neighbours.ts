import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useNavigate } from 'react-router'
import type { AuditEvent } from '@/sources/audit-event'
import type { AuditSearch } from '@/sources/audit-search'
import { useSourceClient } from '@/sources/source-client-context'
import { auditLogListOptions } from '../api/get-audit-logs'
import { serializeListView } from '../search/audit-search-params'
import type { ListView } from '../search/audit-search-params'
import { auditLogEntryPath } from '../paths'

export interface NeighbourContext {
  view: ListView
  /** The list page on screen; undefined while it loads (e.g. a cold deep link). */
  events: readonly AuditEvent[] | undefined
  total: number | undefined
}

/**
 * Previous/next entry through the list as the user sees it: within the page, and across to the
 * adjacent page at its edges (fetched, then opened at its first or last entry).
 */
export function useEntryNeighbours(id: string, { view, events, total }: NeighbourContext) {
  const client = useSourceClient()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const { search } = view
  const index = events?.findIndex((event) => event.id === id) ?? -1
  const onPage = index !== -1
  const lastPage = total === undefined ? undefined : Math.ceil(total / search.pageSize) - 1

  const open = useCallback(
    (target: AuditSearch, entryId: string) =>
      void navigate({
        pathname: auditLogEntryPath(entryId),
        search: serializeListView({ search: target, zone: view.zone }).toString(),
      }),
    [navigate, view.zone],
  )

  const go = useCallback(
    async (step: 1 | -1) => {
      if (!events || !onPage) return
      const neighbour = events[index + step]
      if (neighbour) return open(search, neighbour.id)
      const page = search.page + step
      if (page < 0 || (lastPage !== undefined && page > lastPage)) return
      const target = { ...search, page }
      const { events: adjacent } = await queryClient.fetchQuery(auditLogListOptions(client, target))
      const entry = step === 1 ? adjacent[0] : adjacent.at(-1)
      if (entry) open(target, entry.id)
    },
    [events, onPage, index, open, search, lastPage, queryClient, client],
  )

  const hasPrevious = onPage && (index > 0 || search.page > 0)
  const hasNext =
    onPage &&
    (index < events!.length - 1 ||
      (lastPage === undefined ? events!.length >= search.pageSize : search.page < lastPage))

  return { hasPrevious, hasNext, previous: () => go(-1), next: () => go(1) }
}
