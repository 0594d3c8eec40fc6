import { waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import { auditLogListOptions } from '@/features/audit-logs/api/get-audit-logs'
import { DEFAULT_SEARCH } from '@/sources/audit-search'
import { testServer } from '@/test/test-server'
import { LOSANT_LIST_URL, TEST_API_URL, TEST_ORG_ID } from '@/testing/test-api'

import { clientsFor, connectionFor, resolveLayer } from './connection-clients'
import type { DemoApi } from './demo-api'
import { demoEndpoints } from './demo-api'
import { startFirstPage } from './first-page'

const demoApi: DemoApi = { endpoints: demoEndpoints('http://demo.test'), ready: () => Promise.resolve() }
const api = { sourceId: 'losant', apiUrl: TEST_API_URL, orgId: TEST_ORG_ID }
const at = (url: string) => new URL(url, 'http://app.test') as unknown as Location

function recordListRequests(): URLSearchParams[] {
  const seen: URLSearchParams[] = []
  testServer.events.on('request:start', ({ request }) => {
    const url = new URL(request.url)
    if (url.href.startsWith(LOSANT_LIST_URL)) seen.push(url.searchParams)
  })
  return seen
}

const clientsOf = (layer: typeof api) => {
  const { layer: resolved, sourceId } = resolveLayer(layer, { layer: {}, demo: false, remember: false })
  return clientsFor(connectionFor(resolved, sourceId, demoApi))
}

afterEach(() => testServer.events.removeAllListeners())

describe('startFirstPage', () => {
  it("asks for the URL's page (page 2 is index 1) before the app renders, and the app adopts that request", async () => {
    const requests = recordListRequests()
    startFirstPage(api, demoApi, at('/settings/audit-logs?page=2'))
    await waitFor(() => expect(requests.map((query) => query.get('page'))).toEqual(['1']))
    const { queryClient, sourceClient } = clientsOf(api)
    const key = auditLogListOptions(sourceClient, { ...DEFAULT_SEARCH, page: 1 }).queryKey
    await waitFor(() => expect(queryClient.getQueryData(key)?.events.length).toBeGreaterThan(0))
  })

  it('leaves the demo API, sign-in and pages without a list to the app', async () => {
    const requests = recordListRequests()
    startFirstPage({}, demoApi, at('/settings/audit-logs'))
    startFirstPage(api, demoApi, at('/settings/connection'))
    startFirstPage({ ...api, oidcAuthority: 'https://id.test', oidcClientId: 'dashboard' }, demoApi, at('/'))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(requests).toEqual([])
  })

  it('gives another connection fresh clients, and forgets the started ones', () => {
    startFirstPage(api, demoApi, at('/settings/connection'))
    const started = clientsOf(api)
    expect(clientsOf(api)).toBe(started)
    const other = clientsOf({ ...api, orgId: 'b'.repeat(24) })
    expect(other).not.toBe(started)
    expect(clientsOf(api), 'coming back starts from an empty cache').not.toBe(started)
  })
})
