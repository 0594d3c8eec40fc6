import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { delay, http, HttpResponse } from 'msw'
import qs from 'qs'
import { createMemoryRouter, Outlet, RouterProvider, useLocation, useParams } from 'react-router'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { AUDIT_LOG_ENTRY_PATTERN, AUDIT_LOGS_PATH } from '@/config/paths'
import { formatDateTime } from '@/lib/format/format-time'
import { LOSANT_DEMO_SECRETS } from '@/mocks/losant/secrets'
import { type AuditSearch, DEFAULT_SEARCH } from '@/sources/audit-search'
import { createSourceClient } from '@/sources/source-client'
import { SourceClientContext } from '@/sources/source-client-context'
import { testServer } from '@/test/test-server'
import { testConnection } from '@/testing/render-app'
import { LOSANT_LIST_URL } from '@/testing/test-api'

import BodyScan from './body-scan'

/** The demo's integration edits: one of them carries a database password the server did not redact. */
const INTEGRATION_EDITS: AuditSearch = {
  ...DEFAULT_SEARCH,
  filters: { ...DEFAULT_SEARCH.filters, requests: [{ resource: 'integration', action: 'patch' }] },
}
const LIST_QUERY = '?range=7d&tz=utc'

/** Mounts the scan over the list's route with the demo API's client, the entry route under it. */
function renderScan(words: readonly string[], search: AuditSearch = INTEGRATION_EDITS) {
  const onDismiss = vi.fn()
  function Entry() {
    const { auditLogId } = useParams()
    const { search: query } = useLocation()
    return <p>{`Opened ${auditLogId} with ${query}`}</p>
  }
  const router = createMemoryRouter(
    [
      {
        path: AUDIT_LOGS_PATH,
        element: (
          <>
            <BodyScan search={search} words={words} onDismiss={onDismiss} zone="utc" />
            <Outlet />
          </>
        ),
        children: [{ path: AUDIT_LOG_ENTRY_PATTERN, element: <Entry /> }],
      },
    ],
    { initialEntries: [`${AUDIT_LOGS_PATH}${LIST_QUERY}`] },
  )
  const view = render(
    <SourceClientContext value={createSourceClient(testConnection)}>
      <RouterProvider router={router} />
    </SourceClientContext>,
  )
  return { ...view, onDismiss, user: userEvent.setup() }
}

/** The raw demo entries of the integration edits, as the server sends them (before redaction). */
async function rawIntegrationEdits(): Promise<{ items: { id: string; requestBody?: unknown }[]; totalCount: number }> {
  const query = qs.stringify({
    perPage: 1000,
    page: 0,
    auditLogFilter: { request: [{ resource: 'integration', action: 'patch' }] },
  })
  const response = await fetch(`${LOSANT_LIST_URL}?${query}`, {
    headers: { Authorization: `Bearer ${testConnection.token}` },
  })
  return (await response.json()) as { items: { id: string; requestBody?: unknown }[]; totalCount: number }
}

const START = Date.UTC(2026, 10, 30, 12)
const timeOf = (n: number) => START - n * 60_000

/**
 * A log of `total` synthetic entries, newest first, every tenth one mentioning a valve; pages from
 * `stallFrom` on never answer (until the scan gives up on them).
 */
function serveSyntheticLog(total: number, stallFrom = Infinity) {
  testServer.use(
    http.get(LOSANT_LIST_URL, async ({ request }) => {
      const query = qs.parse(new URL(request.url).search, { ignoreQueryPrefix: true })
      const page = Number(query.page)
      const perPage = Number(query.perPage)
      if (page >= stallFrom) await delay('infinite')
      const items = Array.from({ length: Math.max(0, Math.min(perPage, total - page * perPage)) }, (_, i) => {
        const n = page * perPage + i
        return {
          id: n.toString(16).padStart(24, '0'),
          creationDate: new Date(timeOf(n)).toISOString(),
          actorType: 'User',
          actorId: 'b2b2b2b2b2b2b2b2b2b2b2b2',
          actorName: 'Ada Lovelace',
          requestResource: 'device',
          requestAction: 'patch',
          requestBody: { note: n % 10 === 0 ? `Valve ${n} replaced` : 'routine check' },
          responseStatus: 200,
        }
      })
      return HttpResponse.json({ items, count: items.length, totalCount: total, perPage, page })
    }),
  )
}

const region = (name: RegExp) => screen.getByRole('region', { name })
const finished = (name: RegExp) =>
  waitFor(() => expect(within(region(name)).queryByRole('button', { name: 'Cancel scan' })).toBeNull(), {
    timeout: 15_000,
  })

beforeAll(async () => {
  await import('@/sources/losant/losant-decoder')
}, 30_000)

describe('BodyScan', () => {
  it('finds a plain word of a raw body, but never the secret beside it in the same body', async () => {
    // The planted database password sits, unredacted, in a JSON string inside one raw body.
    const { items: raw, totalCount } = await rawIntegrationEdits()
    expect(raw).toHaveLength(totalCount)
    const carrier = raw.find((item) => JSON.stringify(item.requestBody ?? '').includes('db.internal.acme'))
    expect(carrier).toBeDefined()
    const secret = LOSANT_DEMO_SECRETS.find((value) => JSON.stringify(carrier!.requestBody).includes(value))
    expect(secret).toBeDefined()

    const plain = renderScan(['DB.INTERNAL.ACME'])
    const scan = region(/Scan for “DB.INTERNAL.ACME”/)
    expect(within(scan).getByText(/A scan in this browser, not a server search/)).toBeInTheDocument()
    await finished(/Scan for/)
    const matches = within(scan).getByRole('list', { name: 'Matching entries, newest first' })
    const rows = within(matches).getAllByRole('link')
    expect(rows.map((row) => row.getAttribute('href'))).toContain(`${AUDIT_LOGS_PATH}/${carrier!.id}${LIST_QUERY}`)
    const status = within(scan).getByRole('status')
    expect(status).toHaveTextContent(new RegExp(`^Scan of ${raw.length} entries complete: ${rows.length} match`))
    // The snippet names where the word was, marks it, and shows the password only as its label.
    const row = rows.find((link) => link.getAttribute('href')!.includes(carrier!.id))!
    expect(row).toHaveTextContent('Request body')
    expect(within(row).getByText('db.internal.acme', { selector: 'mark' })).toBeInTheDocument()
    expect(document.body.textContent).not.toContain(secret)
    plain.unmount()

    renderScan([secret!])
    const secretScan = region(/Scan for/)
    await finished(/Scan for/)
    expect(within(secretScan).queryByRole('list')).toBeNull()
    expect(within(secretScan).getByRole('status')).toHaveTextContent(
      `No entry among the ${raw.length} entries scanned holds every word.`,
    )
    // Only the heading, which repeats what was typed, holds it.
    const heading = within(secretScan).getByRole('heading').textContent
    expect(document.body.textContent.replace(heading, '')).not.toContain(secret)
  }, 30_000)

  it('opens a match over the list, keeping the list’s URL; Close dismisses the scan', async () => {
    const { user, onDismiss } = renderScan(['azureEventHub'])
    await finished(/Scan for/)
    const [first] = within(region(/Scan for/)).getAllByRole('link')
    const id = first!.getAttribute('href')!.split('?')[0]!.split('/').at(-1)
    await user.click(first!)
    expect(await screen.findByText(`Opened ${id} with ${LIST_QUERY}`)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Close scan' }))
    expect(onDismiss).toHaveBeenCalledTimes(1)
  }, 30_000)

  it('says when a page cannot be read, and scans again on Retry', async () => {
    let failing = true
    testServer.use(
      http.get(LOSANT_LIST_URL, () =>
        failing ? HttpResponse.json({ type: 'Unavailable', message: 'Try later' }, { status: 503 }) : undefined,
      ),
    )
    const { user } = renderScan(['azureEventHub'])
    const alert = await screen.findByRole('alert', {}, { timeout: 15_000 })
    expect(alert).toHaveTextContent(/^The scan stopped after 0 entries because a page could not be read:/)
    failing = false
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    await finished(/Scan for/)
    expect(within(region(/Scan for/)).getByRole('status')).toHaveTextContent(/^Scan of \d+ entries complete/)
    expect(screen.queryByRole('alert')).toBeNull()
  }, 30_000)

  it('stops at its cap, saying how far back it read and what to do', async () => {
    serveSyntheticLog(12_000)
    renderScan(['valve'], DEFAULT_SEARCH)
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        /^Scanned [\d,]+ of 5,000 entries \(the newest of 12,000\) · [\d,]+ matches$/,
      ),
    )
    await finished(/Scan for/)
    const scan = region(/Scan for/)
    expect(within(scan).getByRole('status')).toHaveTextContent(
      `Stopped after scanning 5,000 entries (through ${formatDateTime(timeOf(4_999), 'utc')}); narrow the time range to scan further. 500 matches.`,
    )
    expect(within(scan).getAllByRole('link')).toHaveLength(200)
    expect(within(scan).getByText(/^Showing the newest 200 of 500 matches/)).toBeInTheDocument()
    // Newest first: the first row is entry 0.
    expect(within(scan).getAllByRole('link')[0]).toHaveTextContent('Valve 0 replaced')
  }, 60_000)

  it('shows progress and matches while it runs, and says how far it got when cancelled', async () => {
    serveSyntheticLog(300, 1)
    const { user } = renderScan(['VALVE'], DEFAULT_SEARCH)
    const scan = region(/Scan for “VALVE”/)
    const status = within(scan).getByRole('status')
    await waitFor(() => expect(status).toHaveTextContent('Scanned 100 of 300 entries · 10 matches'))
    expect(within(scan).getAllByRole('link')).toHaveLength(10)
    expect(within(scan).getByRole('progressbar', { name: 'Scan progress' })).toHaveAttribute('value', '100')
    await user.click(within(scan).getByRole('button', { name: 'Cancel scan' }))
    expect(status).toHaveTextContent(
      `Scan cancelled after 100 of 300 entries (through ${formatDateTime(timeOf(99), 'utc')}): 10 matches.`,
    )
    expect(within(scan).getAllByRole('link')).toHaveLength(10)
    expect(within(scan).getByRole('button', { name: 'Scan again' })).toBeInTheDocument()
  }, 30_000)
})
