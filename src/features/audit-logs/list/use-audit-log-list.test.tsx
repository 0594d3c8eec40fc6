import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, render, screen, waitFor } from '@testing-library/react'
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router'
import { describe, expect, it } from 'vitest'

import { AUDIT_LOG_ENTRY_PATTERN, AUDIT_LOGS_PATH } from '@/config/paths'
import { withPage } from '@/features/audit-logs/search/search-transitions'
import { createSourceClient } from '@/sources/source-client'
import { SourceClientContext } from '@/sources/source-client-context'
import { testServer } from '@/test/test-server'
import { testConnection } from '@/testing/render-app'
import { LOSANT_LIST_URL } from '@/testing/test-api'

import type { AuditLogList } from './use-audit-log-list'
import { useAuditLogList } from './use-audit-log-list'

/** Renders a page and, over it, a second reader of the list (as the drawer is), recording both. */
function renderReaders(url: string) {
  const seen: { page?: AuditLogList; entry?: AuditLogList } = {}
  function Page() {
    seen.page = useAuditLogList()
    return (
      <>
        <p>{seen.page.announcement}</p>
        <Outlet />
      </>
    )
  }
  function Entry() {
    seen.entry = useAuditLogList({ follow: true })
    return <p>entry</p>
  }
  const router = createMemoryRouter(
    [{ path: AUDIT_LOGS_PATH, element: <Page />, children: [{ path: AUDIT_LOG_ENTRY_PATTERN, element: <Entry /> }] }],
    { initialEntries: [url] },
  )
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 30_000 } } })
  render(
    <QueryClientProvider client={queryClient}>
      <SourceClientContext value={createSourceClient(testConnection)}>
        <RouterProvider router={router} />
      </SourceClientContext>
    </QueryClientProvider>,
  )
  return { seen, router }
}

function countListRequests() {
  const count = { lists: 0 }
  testServer.events.on('request:start', ({ request }) => {
    const url = new URL(request.url)
    if (url.href.startsWith(LOSANT_LIST_URL) && url.searchParams.get('perPage') !== '1') count.lists += 1
  })
  return count
}

describe('useAuditLogList', () => {
  it('gives the page and the entry over it one reading of the URL and one cached query', async () => {
    const requests = countListRequests()
    const { seen } = renderReaders(`${AUDIT_LOGS_PATH}/5f1e0c6a9d3b2a0017c4e8a2?range=7d&size=25&page=2`)
    await screen.findByText('entry')
    await waitFor(() => expect(seen.entry?.page).toBeDefined())
    const { page, entry } = seen as Required<typeof seen>
    expect(entry.search).toBe(page.search)
    expect(entry.now).toBe(page.now)
    expect(entry.page).toBe(page.page)
    expect(entry.listSearch).toBe('?range=7d&size=25&page=2')
    expect(page.search).toMatchObject({ page: 1, pageSize: 25, range: { preset: '7d' } })
    // The page's own request and its prefetch of the next one; the entry asks for nothing.
    await waitFor(() => expect(requests.lists).toBe(2))
  })

  it('says what a screen reader hears and the paging facts', async () => {
    const { seen } = renderReaders(`${AUDIT_LOGS_PATH}?size=25&page=3&actorType=User`)
    await waitFor(() => expect(seen.page?.announcement).not.toBe(''))
    const list = seen.page!
    expect(list.announcement).toMatch(/^Showing 51–75 of [\d,]+ entries, 1 filter applied\.$/)
    expect(list.filterCount).toBe(1)
    expect(list.lastPage).toBe(Math.ceil(list.total! / 25) - 1)
    expect(list.pastTheEnd).toBe(false)
    expect(list.events).toHaveLength(25)
  })

  it('writes a transition into the URL, and steps onto an entry over another page', async () => {
    const { seen, router } = renderReaders(`${AUDIT_LOGS_PATH}?size=25`)
    await waitFor(() => expect(seen.page?.events.length).toBe(25))
    act(() => seen.page!.update((current) => withPage(current, 4)))
    await waitFor(() => expect(seen.page?.search.page).toBe(4))
    expect(router.state.location.search).toBe('?page=5&size=25')
    act(() => seen.page!.openEntry('abc'))
    await waitFor(() => expect(router.state.location.pathname).toBe(`${AUDIT_LOGS_PATH}/abc`))
    expect(router.state.location.search).toBe('?page=5&size=25')
  })
})
