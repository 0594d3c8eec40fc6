import type { QueryClient } from '@tanstack/react-query'
import { queryOptions, useQueries } from '@tanstack/react-query'

import type { ConcurrencyLimit } from '@/lib/async/concurrency-limit'
import { createConcurrencyLimit } from '@/lib/async/concurrency-limit'
import { HttpError } from '@/lib/http/http-errors'
import type { AuditSearch } from '@/sources/audit-search'
import { DEFAULT_SEARCH } from '@/sources/audit-search'
import type { SourceClient } from '@/sources/source-client'
import { useSourceClient } from '@/sources/source-client-context'

import { auditLogKeys } from './audit-log-keys'

/**
 * Counting fans out into small requests; each consumer (the chart, the filter chips) gets a few
 * at a time, so a real server stays comfortable and chip counts never queue behind the chart.
 */
export const countLimits = {
  chart: createConcurrencyLimit(3),
  facets: createConcurrencyLimit(4),
  single: createConcurrencyLimit(2),
}

/** How long the counting of one consumer holds off after a 429 without `Retry-After`. */
export const RATE_LIMIT_PAUSE_MS = 10_000
/** A count over a time span that has ended does not change: it is kept fresh this long. */
export const CLOSED_COUNT_STALE_MS = 10 * 60_000
/** A count whose span is still open (up to now) may grow: this fresh. */
export const OPEN_COUNT_STALE_MS = 60_000
/** Counts outlive the views that asked for them, so coming back to a view asks nothing again. */
export const COUNT_GC_MS = 30 * 60_000

/** Order and paging do not change a count: one cache entry serves every sort and page. */
function countProbe(search: AuditSearch): AuditSearch {
  return { ...search, sort: DEFAULT_SEARCH.sort, page: 0, pageSize: 1 }
}

export function auditLogCountKey(client: SourceClient, search: AuditSearch) {
  return auditLogCountOptions(client, search).queryKey
}

/** The number of entries matching a search, read from the total of a one-entry page. */
export function auditLogCountOptions(
  client: SourceClient,
  search: AuditSearch,
  limit: ConcurrencyLimit = countLimits.single,
) {
  const probe = countProbe(search)
  const { end } = probe.range
  return queryOptions({
    queryKey: auditLogKeys.count(client.scope, probe),
    queryFn: ({ signal }) =>
      limit(() => client.listPage(probe, signal), signal).then(
        (page) => page.total ?? null,
        (error: unknown) => {
          // The server is rate-limiting: every count of this consumer waits as long as it asked,
          // not only this one (the retry policy waits the same before asking again).
          if (error instanceof HttpError && error.status === 429) {
            limit.pauseFor(error.retryAfterMs ?? RATE_LIMIT_PAUSE_MS)
          }
          throw error
        },
      ),
    staleTime: () => (end !== undefined && end < Date.now() ? CLOSED_COUNT_STALE_MS : OPEN_COUNT_STALE_MS),
    gcTime: COUNT_GC_MS,
  })
}

/**
 * A list page's total is the count of its search: kept as that count, so a chip or the chart
 * asking the same question reads it instead of asking the server.
 */
export function rememberListTotal(
  queryClient: QueryClient,
  client: SourceClient,
  search: AuditSearch,
  total: number | undefined,
) {
  if (total === undefined || !client.source.capabilities.totalCount) return
  queryClient.setQueryData(auditLogCountKey(client, search), total)
}

/**
 * Counts for many searches at once (a chip's options, a chart's buckets), fetched only while
 * `enabled` and only where the source reports totals.
 */
export function useAuditLogCounts(searches: readonly AuditSearch[], enabled: boolean, limit: ConcurrencyLimit) {
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
