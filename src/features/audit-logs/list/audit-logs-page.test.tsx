import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { MAX_BUCKETS } from '@/features/audit-logs/chart/activity-buckets'
import { testServer } from '@/test/test-server'
import { renderApp } from '@/testing/render-app'
import { LOSANT_LIST_URL } from '@/testing/test-api'

/** Records the query of every list request the page makes. */
function recordListRequests(): URLSearchParams[] {
  const seen: URLSearchParams[] = []
  testServer.events.on('request:start', ({ request }) => {
    const url = new URL(request.url)
    if (url.href.startsWith(LOSANT_LIST_URL) && url.pathname.endsWith('/audit-logs')) seen.push(url.searchParams)
  })
  return seen
}

async function findRows() {
  const table = await screen.findByRole('table', { name: 'Audit logs' })
  await waitFor(() => expect(table).toHaveAttribute('aria-busy', 'false'))
  return within(table).getAllByRole('row').slice(1)
}

const range = () =>
  within(screen.getByRole('navigation', { name: 'Pagination' })).getByText(/^\d[\d,]*–[\d,]+ of [\d,]+$|^0 of/)

describe('Audit Logs page', () => {
  it('redirects / to the list and shows the latest entries first', async () => {
    const requests = recordListRequests()
    const { router } = renderApp('/')
    const rows = await findRows()
    expect(router.state.location.pathname).toBe('/settings/audit-logs')
    expect(rows).toHaveLength(50)
    expect(screen.getByRole('columnheader', { name: 'Time' })).toHaveAttribute('aria-sort', 'descending')
    expect(screen.getByRole('columnheader', { name: 'Request' })).not.toHaveAttribute('aria-sort')
    const times = rows.map((row) => Date.parse(row.querySelector('time')?.getAttribute('datetime') ?? ''))
    expect(times).toEqual([...times].sort((a, b) => b - a))
    expect(range().textContent).toMatch(/^1–50 of [\d,]+$/)
    expect(requests[0]?.toString()).toBe('sortField=creationDate&sortDirection=desc&page=0&perPage=50')
  })

  it('prefetches the next page', async () => {
    const requests = recordListRequests()
    renderApp('/settings/audit-logs')
    await findRows()
    await waitFor(() => expect(requests.map((q) => q.get('page'))).toContain('1'))
  })

  it('sorts by actor on the server, resets to the first page and keeps it in the URL', async () => {
    const requests = recordListRequests()
    const { user, router } = renderApp('/settings/audit-logs?page=3')
    await findRows()
    await user.click(screen.getByRole('button', { name: 'Actor' }))
    await waitFor(() =>
      expect(screen.getByRole('columnheader', { name: 'Actor' })).toHaveAttribute('aria-sort', 'ascending'),
    )
    expect(router.state.location.search).toBe('?sort=actor&dir=asc')
    expect(requests.map(String)).toContain('sortField=actorName&sortDirection=asc&page=0&perPage=50')
    const rows = await findRows()
    const names = rows.map((row) => row.querySelector('td.col-actor .party-name')?.textContent ?? '')
    const lower = names.map((name) => name.toLowerCase())
    expect(lower).toEqual([...lower].sort())
  })

  it('pages forward and changes the page size', async () => {
    const { user, router } = renderApp('/settings/audit-logs')
    await findRows()
    await user.click(screen.getByRole('button', { name: 'Next page' }))
    await waitFor(() => expect(range().textContent).toMatch(/^51–100 of/))
    expect(router.state.location.search).toBe('?page=2')
    await user.selectOptions(screen.getByLabelText('Rows per page'), '100')
    await waitFor(() => expect(range().textContent).toMatch(/^1(01)?–(100|200) of/))
    expect(await findRows()).toHaveLength(100)
  })

  it('refuses a page number outside the log with a message', async () => {
    const { user } = renderApp('/settings/audit-logs')
    await findRows()
    const input = screen.getByLabelText('Page')
    await user.clear(input)
    await user.type(input, '999999{Enter}')
    expect(await screen.findByRole('alert')).toHaveTextContent(/Enter a page from 1 to [\d,]+\./)
    expect(input).toHaveAttribute('aria-invalid', 'true')
  })

  it('shows the server error with a Retry that recovers', async () => {
    let fail = true
    testServer.use(
      http.get(LOSANT_LIST_URL, () =>
        fail
          ? HttpResponse.json({ type: 'InternalError', message: 'Database unavailable' }, { status: 503 })
          : undefined,
      ),
    )
    const { user } = renderApp('/settings/audit-logs')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The server failed (503).')
    expect(alert).toHaveTextContent('Database unavailable')
    fail = false
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await findRows()).toHaveLength(50)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it("shows a 400's message from the server", async () => {
    testServer.use(
      http.get(LOSANT_LIST_URL, () =>
        HttpResponse.json({ type: 'Validation', message: 'perPage must be <= 1000' }, { status: 400 }),
      ),
    )
    renderApp('/settings/audit-logs')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The server refused the request (400).')
    expect(alert).toHaveTextContent('perPage must be <= 1000')
  })

  it('skips an entry it cannot read and still shows the rest', async () => {
    testServer.use(
      http.get(LOSANT_LIST_URL, () =>
        HttpResponse.json({
          items: [
            {
              id: 'aaaaaaaaaaaaaaaaaaaaaaaa',
              creationDate: '2026-11-01T10:00:00.000Z',
              actorName: 'Ada',
              actorType: 'User',
              responseStatus: 200,
            },
            { id: 'bbbbbbbbbbbbbbbbbbbbbbbb', creationDate: '2026-11-01T09:00:00.000Z', responseStatus: 'teapot' },
            {
              id: 'cccccccccccccccccccccccc',
              creationDate: '2026-11-01T08:00:00.000Z',
              actorName: 'Grace',
              actorType: 'Robot',
              responseStatus: 201,
            },
          ],
          count: 3,
          totalCount: 3,
        }),
      ),
    )
    renderApp('/settings/audit-logs')
    const rows = await findRows()
    expect(rows).toHaveLength(2)
    expect(screen.getByText(/could not be read/)).toHaveTextContent(
      '1 entry on this page could not be read and is not shown',
    )
    // An actor type the schema does not list yet survives as text.
    expect(rows[1]).toHaveTextContent('Robot')
  })

  it('announces each page of results to screen readers', async () => {
    const { user } = renderApp('/settings/audit-logs?actorType=User')
    await findRows()
    const announcement = () => screen.getAllByRole('status').find((el) => el.textContent?.startsWith('Showing'))
    await waitFor(() =>
      expect(announcement()).toHaveTextContent(/^Showing 1–50 of [\d,]+ entries, 1 filter applied\.$/),
    )
    await user.click(screen.getByRole('button', { name: 'Next page' }))
    await waitFor(() => expect(announcement()).toHaveTextContent(/^Showing 51–100 of [\d,]+ entries/))
  })

  it('says so when the log is empty', async () => {
    testServer.use(http.get(LOSANT_LIST_URL, () => HttpResponse.json({ items: [], count: 0, totalCount: 0 })))
    renderApp('/settings/audit-logs')
    expect(await screen.findByText('No audit log entries yet')).toBeInTheDocument()
    expect(range()).toHaveTextContent('0 of 0')
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled()
  })

  it('reports an answer that is not an audit-log collection', async () => {
    testServer.use(http.get(LOSANT_LIST_URL, () => HttpResponse.json({ hello: 'world' })))
    renderApp('/settings/audit-logs')
    expect(await screen.findByRole('alert')).toHaveTextContent('The server answered in a form we could not read.')
  })

  it('renders logged content as text, never as HTML', async () => {
    testServer.use(
      http.get(LOSANT_LIST_URL, () =>
        HttpResponse.json({
          items: [
            {
              id: 'dddddddddddddddddddddddd',
              creationDate: '2026-11-01T10:00:00.000Z',
              actorName: '<img src=x onerror=alert(1)>',
              actorType: 'User',
            },
          ],
          count: 1,
          totalCount: 1,
        }),
      ),
    )
    const { container } = renderApp('/settings/audit-logs')
    await findRows()
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument()
    expect(container.querySelector('img')).toBeNull()
  })

  it("draws the chart and counts its buckets only once the list's rows are in", async () => {
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    testServer.use(
      // Holds the page of rows, then lets it through to the demo API; counts pass at once.
      http.get(`${LOSANT_LIST_URL}`, async ({ request }) => {
        if (new URL(request.url).searchParams.get('perPage') === '50') await held
      }),
    )
    const requests = recordListRequests()
    renderApp('/settings/audit-logs')
    await screen.findByRole('table', { name: 'Audit logs' })
    // Long enough for a mounted chart to have sent its requests.
    await new Promise((resolve) => setTimeout(resolve, 50))
    const counts = () => requests.filter((query) => query.get('perPage') === '1')
    expect(requests.filter((query) => query.get('perPage') === '50')).toHaveLength(1)
    expect(screen.queryByRole('figure', { name: 'Activity over time' })).toBeNull()
    expect(counts()).toHaveLength(0)
    release()
    await findRows()
    await screen.findByRole('figure', { name: 'Activity over time' })
    await waitFor(() => expect(counts().length).toBeGreaterThan(0))
  })

  it('asks the vendor one count per bar at most, and nothing again when the view comes back', async () => {
    const requests = recordListRequests()
    const { user } = renderApp('/settings/audit-logs')
    await findRows()
    const bars = await barButtons()
    const counts = () => requests.filter((query) => query.get('perPage') === '1')
    await waitFor(() => expect(bars[0]).toHaveAccessibleName(/\d entr/))
    await waitFor(() => expect(bars.at(-1)).toHaveAccessibleName(/\d entr/))
    expect(bars.length).toBeLessThanOrEqual(MAX_BUCKETS)
    expect(counts()).toHaveLength(bars.length)

    // Sorting changes the page, not the counts: the chart asks nothing.
    await user.click(screen.getByRole('button', { name: 'Actor' }))
    await findRows()
    const asked = counts().length
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(counts()).toHaveLength(asked)
    expect(asked).toBe(bars.length)
  })

  it("takes a ranged view's last bar from the list's total instead of asking for it", async () => {
    const requests = recordListRequests()
    renderApp('/settings/audit-logs?range=30d')
    await findRows()
    const total = Number(/ of ([\d,]+)$/.exec(range().textContent!)![1]!.replace(/,/g, ''))
    const bars = await barButtons()
    await waitFor(() => expect(bars.at(-1)).toHaveAccessibleName(/\d entr/))
    const counts = requests.filter((query) => query.get('perPage') === '1')
    expect(counts).toHaveLength(bars.length - 1)
    const values = bars.map((bar) =>
      Number(/([\d,]+) entr/.exec(bar.getAttribute('aria-label')!)![1]!.replace(/,/g, '')),
    )
    expect(values.reduce((sum, value) => sum + value, 0)).toBe(total)
  })
})

async function barButtons() {
  const chart = await screen.findByRole('figure', { name: 'Activity over time' })
  return within(within(chart).getByRole('group', { name: 'Activity over time' })).getAllByRole('button')
}
