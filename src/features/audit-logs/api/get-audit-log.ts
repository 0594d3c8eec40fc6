import type { QueryClient } from '@tanstack/react-query'
import { noop, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query'

import type { AuditEvent, AuditPage } from '@/sources/audit-event'
import type { SourceClient } from '@/sources/source-client'
import { useSourceClient } from '@/sources/source-client-context'

import { auditLogKeys } from './audit-log-keys'

/** An entry already on a cached list page: opening it from the list needs no request. */
function findInLists(queryClient: QueryClient, client: SourceClient, id: string): AuditEvent | undefined {
  for (const [, page] of queryClient.getQueriesData<AuditPage>({ queryKey: auditLogKeys.lists(client.scope) })) {
    const event = page?.events.find((candidate) => candidate.id === id)
    if (event) return event
  }
  return undefined
}

export function auditLogEntryOptions(client: SourceClient, id: string, queryClient?: QueryClient) {
  return queryOptions({
    queryKey: auditLogKeys.detail(client.scope, id),
    queryFn: ({ signal }) => client.getEvent(id, signal),
    initialData: queryClient ? () => findInLists(queryClient, client, id) : undefined,
    // Entries never change once written.
    staleTime: Infinity,
  })
}

/** One entry by id; ids the source could never have issued are refused without a request. */
export function useAuditLogEntry(id: string) {
  const client = useSourceClient()
  const queryClient = useQueryClient()
  const valid = client.source.isEventId(id)
  // Without a single-entry endpoint (UiPath), an entry opens only from a list page in the cache.
  const fetchable = valid && client.source.capabilities.eventById
  const options = auditLogEntryOptions(client, id, queryClient)
  // The request leaves during this render, as usePrefetchQuery's does: useQuery's own would leave
  // only once the drawer is committed, laid out over the list and painted (~100 ms at CPU ×1).
  // Not usePrefetchQuery itself: it cannot be told that an entry is not fetchable.
  if (fetchable && !queryClient.getQueryState(options.queryKey)) void queryClient.query(options).catch(noop)
  return {
    query: useQuery({ ...options, enabled: fetchable }),
    valid,
    fetchable,
  }
}
