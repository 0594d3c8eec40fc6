import type { FetchStatus } from '@tanstack/react-query'
import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { createSourceClient } from '@/sources/source-client'
import { SourceClientContext, useSourceClient } from '@/sources/source-client-context'
import { testServer } from '@/test/test-server'
import { testConnection } from '@/testing/render-app'
import { LOSANT_LIST_URL } from '@/testing/test-api'

import { auditLogKeys } from './audit-log-keys'
import { useAuditLogEntry } from './get-audit-log'

const ENTRY_ID = 'a1a1a1a1a1a1a1a1a1a1a1a1'

/** The entry's reader, then a sibling rendered after it that notes what the cache held at that moment. */
function renderEntryReader(id: string) {
  const seenInRender: (FetchStatus | 'absent')[] = []
  function Reader() {
    const { query } = useAuditLogEntry(id)
    return <p>{query.data ? 'loaded' : 'waiting'}</p>
  }
  function Witness() {
    const queryClient = useQueryClient()
    const client = useSourceClient()
    seenInRender.push(queryClient.getQueryState(auditLogKeys.detail(client.scope, id))?.fetchStatus ?? 'absent')
    return null
  }
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={queryClient}>
      <SourceClientContext value={createSourceClient(testConnection)}>
        <Reader />
        <Witness />
      </SourceClientContext>
    </QueryClientProvider>,
  )
  const state = () => queryClient.getQueryState(auditLogKeys.detail(createSourceClient(testConnection).scope, id))
  return { seenInRender, state }
}

describe('useAuditLogEntry', () => {
  it('sends the request while rendering, not after the drawer is committed and painted', async () => {
    let requests = 0
    testServer.use(
      http.get(`${LOSANT_LIST_URL}/:id`, () => {
        requests += 1
        return HttpResponse.json({ message: 'gone' }, { status: 404 })
      }),
    )
    const { seenInRender, state } = renderEntryReader(ENTRY_ID)
    // useQuery alone would have left the query idle until its effect subscribed.
    expect(seenInRender[0]).toBe('fetching')
    // And useQuery then joins that request instead of sending its own.
    await waitFor(() => expect(state()?.status).toBe('error'))
    expect(requests).toBe(1)
  })

  it('asks nothing for an id the source could never have issued', async () => {
    let requests = 0
    testServer.use(
      http.get(`${LOSANT_LIST_URL}/:id`, () => {
        requests += 1
        return HttpResponse.json({})
      }),
    )
    const { seenInRender, state } = renderEntryReader('not-an-id')
    expect(seenInRender[0]).not.toBe('fetching')
    expect(await screen.findByText('waiting')).toBeInTheDocument()
    expect(state()?.fetchStatus).not.toBe('fetching')
    expect(requests).toBe(0)
  })
})
