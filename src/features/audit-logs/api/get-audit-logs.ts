import { keepPreviousData, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'

import { withPage } from '@/features/audit-logs/search/search-transitions'
import { usePaintedOnce } from '@/lib/lazy/after-paint'
import { hasNextPage } from '@/sources/audit-event'
import type { AuditSearch } from '@/sources/audit-search'
import type { SourceClient } from '@/sources/source-client'
import { useSourceClient } from '@/sources/source-client-context'

import { auditLogKeys } from './audit-log-keys'
import { rememberListTotal } from './get-audit-log-count'

export function auditLogListOptions(client: SourceClient, search: AuditSearch) {
  // The key names the client by its scope (source, API, org), never the client (it holds the token).
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: auditLogKeys.list(client.scope, search),
    queryFn: async (context) => {
      const page = await client.listPage(search, context.signal)
      // Its total answers "how many match this search" for the chips and the chart.
      rememberListTotal(context.client, client, search, page.total)
      return page
    },
    // The previous page stays on screen (dimmed) while the next one loads.
    placeholderData: keepPreviousData,
  })
}

/**
 * One page of the log, with the following page fetched ahead so "Next page" is instant. With
 * `follow`, a second reader of a page someone else keeps: no refetch on mount, no prefetch.
 * `firstPainted` turns true one frame after the first answer (rows or an error) was painted, and
 * stays true: the next page, the chart and chunk warming wait for it, so the frame that shows the
 * rows carries nothing else.
 */
export function useAuditLogs(search: AuditSearch, { follow = false }: { follow?: boolean } = {}) {
  const client = useSourceClient()
  const queryClient = useQueryClient()
  const query = useQuery({ ...auditLogListOptions(client, search), ...(follow && { refetchOnMount: false }) })
  const firstPainted = usePaintedOnce(!follow && query.status !== 'pending')

  const hasNext =
    firstPainted &&
    !query.isPlaceholderData &&
    query.data !== undefined &&
    hasNextPage(query.data, search.page, search.pageSize)

  useEffect(() => {
    if (hasNext) {
      void queryClient.prefetchQuery(auditLogListOptions(client, withPage(search, search.page + 1)))
    }
  }, [client, queryClient, search, hasNext])

  return { query, firstPainted }
}
