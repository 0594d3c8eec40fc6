import { QueryClient } from '@tanstack/react-query'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { createConcurrencyLimit } from '@/lib/async/concurrency-limit'
import { DEFAULT_SEARCH } from '@/sources/audit-search'
import { createSourceClient } from '@/sources/source-client'
import { testServer } from '@/test/test-server'
import { LOSANT_LIST_URL, TEST_API_URLS, TEST_ORG_ID } from '@/testing/test-api'

import {
  auditLogCountOptions,
  CLOSED_COUNT_STALE_MS,
  OPEN_COUNT_STALE_MS,
  RATE_LIMIT_PAUSE_MS,
  rememberListTotal,
} from './get-audit-log-count'

const client = createSourceClient({ sourceId: 'losant', apiUrl: TEST_API_URLS.losant, orgId: TEST_ORG_ID, demo: true })
const NOW = Date.now()

afterEach(() => vi.useRealTimers())

function staleTimeOf(options: ReturnType<typeof auditLogCountOptions>): unknown {
  const { staleTime } = options
  return typeof staleTime === 'function' ? staleTime(undefined as never) : staleTime
}

describe('auditLogCountOptions', () => {
  it('keeps a count over a span that has ended fresh for long, one still open briefly', () => {
    const closed = auditLogCountOptions(client, { ...DEFAULT_SEARCH, range: { start: 0, end: NOW - 60_000 } })
    const open = auditLogCountOptions(client, { ...DEFAULT_SEARCH, range: { start: NOW - 60_000 } })
    expect(staleTimeOf(closed)).toBe(CLOSED_COUNT_STALE_MS)
    expect(staleTimeOf(open)).toBe(OPEN_COUNT_STALE_MS)
  })

  it("remembers a list page's total as the count of its search, whatever its sort and page", () => {
    const queryClient = new QueryClient()
    const search = {
      ...DEFAULT_SEARCH,
      page: 3,
      sort: { field: 'actor', direction: 'asc' } as const,
      range: { start: 5 },
    }
    rememberListTotal(queryClient, client, search, 1234)
    const probe = { ...DEFAULT_SEARCH, range: { start: 5 } }
    expect(queryClient.getQueryData(auditLogCountOptions(client, probe).queryKey)).toBe(1234)
  })

  it("holds the consumer's other counts for a 429's Retry-After", async () => {
    testServer.use(
      http.get(LOSANT_LIST_URL, () =>
        HttpResponse.json({ error: 'rate' }, { status: 429, headers: { 'Retry-After': '7' } }),
      ),
    )
    const limit = createConcurrencyLimit(2)
    const pauseFor = vi.spyOn(limit, 'pauseFor')
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    await expect(queryClient.fetchQuery(auditLogCountOptions(client, DEFAULT_SEARCH, limit))).rejects.toMatchObject({
      status: 429,
    })
    expect(pauseFor).toHaveBeenCalledWith(7_000)
  })

  it('holds them for a while when a 429 says nothing of when to come back', async () => {
    testServer.use(http.get(LOSANT_LIST_URL, () => HttpResponse.json({}, { status: 429 })))
    const limit = createConcurrencyLimit(2)
    const pauseFor = vi.spyOn(limit, 'pauseFor')
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    await expect(queryClient.fetchQuery(auditLogCountOptions(client, DEFAULT_SEARCH, limit))).rejects.toBeTruthy()
    expect(pauseFor).toHaveBeenCalledWith(RATE_LIMIT_PAUSE_MS)
  })
})
