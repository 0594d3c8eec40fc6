import { keepPreviousData, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'

import { withPage } from '@/features/audit-logs/search/search-transitions'
import { hasNextPage } from '@/sources/audit-event'
import type { AuditSearch } from '@/sources/audit-search'
import type { SourceClient } from '@/sources/source-client'
import { useSourceClient } from '@/sources/source-client-context'

import { auditLogKeys } from './audit-log-keys'

export function auditLogListOptions(client: SourceClient, search: AuditSearch) {
  return queryOptions({
    queryKey: auditLogKeys.list(client.scope, search),
    queryFn: ({ signal }) => client.listPage(search, signal),
    // The previous page stays on screen (dimmed) while the next one loads.
    placeholderData: keepPreviousData,
  })
}

/**
 * One page of the log, with the following page fetched ahead so "Next page" is instant. With
 * `follow`, a second reader of a page someone else keeps: no refetch on mount, no prefetch.
 */
export function useAuditLogs(search: AuditSearch, { follow = false }: { follow?: boolean } = {}) {
  const client = useSourceClient()
  const queryClient = useQueryClient()
  const query = useQuery({ ...auditLogListOptions(client, search), ...(follow && { refetchOnMount: false }) })

  const hasNext =
    !follow &&
    !query.isPlaceholderData &&
    query.data !== undefined &&
    hasNextPage(query.data, search.page, search.pageSize)

  useEffect(() => {
    if (hasNext) {
      void queryClient.prefetchQuery(auditLogListOptions(client, withPage(search, search.page + 1)))
    }
  }, [client, queryClient, search, hasNext])

  return query
}
