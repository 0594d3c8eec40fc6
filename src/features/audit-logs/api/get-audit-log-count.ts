import { queryOptions, useQueries } from '@tanstack/react-query'

import { createConcurrencyLimit } from '@/lib/async/concurrency-limit'
import type { AuditSearch } from '@/sources/audit-search'
import { DEFAULT_SEARCH } from '@/sources/audit-search'
import type { SourceClient } from '@/sources/source-client'
import { useSourceClient } from '@/sources/source-client-context'

import { auditLogKeys } from './audit-log-keys'

type Limit = ReturnType<typeof createConcurrencyLimit>

/**
 * Counting fans out into many small requests; each consumer (the chart, the filter chips) gets
 * four at a time, so a real server stays comfortable and chip counts never queue behind the chart.
 */
export const countLimits = {
  chart: createConcurrencyLimit(4),
  facets: createConcurrencyLimit(4),
  single: createConcurrencyLimit(2),
}

/** The number of entries matching a search, read from the total of a one-entry page. */
export function auditLogCountOptions(client: SourceClient, search: AuditSearch, limit: Limit = countLimits.single) {
  // Order does not change a count: one cache entry serves every sort (sorting must not refetch the chart).
  const probe: AuditSearch = { ...search, sort: DEFAULT_SEARCH.sort, page: 0, pageSize: 1 }
  return queryOptions({
    queryKey: auditLogKeys.count(client.scope, probe),
    queryFn: ({ signal }) => limit(() => client.listPage(probe, signal), signal).then((page) => page.total ?? null),
    staleTime: 60_000,
  })
}

/**
 * Counts for many searches at once (a chip's options, a chart's buckets), fetched only while
 * `enabled` and only where the source reports totals.
 */
export function useAuditLogCounts(searches: readonly AuditSearch[], enabled: boolean, limit: Limit) {
  const client = useSourceClient()
  const canCount = client.source.capabilities.totalCount
  return useQueries({
    queries: searches.map((search) => ({
      ...auditLogCountOptions(client, search, limit),
      enabled: enabled && canCount,
    })),
    combine: (results) => ({
      counts: results.map((result) => result.data ?? undefined),
      pending: canCount && results.some((result) => result.isPending && result.fetchStatus !== 'idle'),
      error: results.find((result) => result.isError)?.error,
      canCount,
    }),
  })
}
