import { screen, waitFor, within } from '@testing-library/react'
import qs from 'qs'
import { beforeAll, describe, expect, it } from 'vitest'

import type { AuditSearch } from '@/sources/audit-search'
import { testServer } from '@/test/test-server'
import { renderApp } from '@/testing/render-app'
import { LOSANT_LIST_URL } from '@/testing/test-api'

/** Every list request's query, decoded the way a server using qs would read it. */
function recordListQueries() {
  const seen: { raw: string; parsed: Record<string, unknown> }[] = []
  testServer.events.on('request:start', ({ request }) => {
    const url = new URL(request.url)
    if (url.href.startsWith(LOSANT_LIST_URL) && url.pathname.endsWith('/audit-logs')) {
      seen.push({ raw: url.search.slice(1), parsed: qs.parse(url.search.slice(1)) })
    }
  })
  return seen
}

/** The last request for the first page of rows (counts ask for one entry; the prefetch for page 1). */
const lastPageQuery = (queries: ReturnType<typeof recordListQueries>) =>
  queries.filter((q) => q.parsed.page === '0' && q.parsed.perPage === '50').at(-1)

async function settledRows() {
  const table = await screen.findByRole('table', { name: 'Audit logs' })
  await waitFor(() => expect(table).toHaveAttribute('aria-busy', 'false'))
  return within(table).getAllByRole('row').slice(1)
}

// The popovers are lazy chunks: load them once up front so no test waits for their first transform.
beforeAll(
  () =>
    Promise.all([
      import('@/components/data-table/data-table-faceted-filter'),
      import('@/features/audit-logs/range/time-range-popover'),
    ]),
  30_000,
)

describe('filter toolbar', () => {
  it('filters by actor type on the server, from the first page, and keeps it in the URL', async () => {
    const queries = recordListQueries()
    const { user, router } = renderApp('/settings/audit-logs?page=2')
    await settledRows()
    await user.click(screen.getByRole('button', { name: /^Actor type filter/ }))
    const list = await screen.findByRole('group', { name: 'Actor type' })
    // Counts arrive for every option while the list is open.
    await waitFor(() =>
      expect(within(list).getByRole('checkbox', { name: /^User/ }).closest('label')).toHaveTextContent(/User\s*[\d,]+/),
    )
    await user.click(within(list).getByRole('checkbox', { name: /^User/ }))
    await waitFor(() => expect(router.state.location.search).toBe('?actorType=User'))
    await user.keyboard('{Escape}')
    const rows = await settledRows()
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(row.querySelector('td.col-actor .party-type')).toHaveTextContent('User')
    expect(screen.getByRole('button', { name: /^Actor type\b/ })).toHaveAccessibleName('Actor type: User (filter)')
    const last = lastPageQuery(queries)
    expect(last?.raw).toContain('auditLogFilter%5Bactor%5D%5B0%5D%5Btype%5D=User')
    expect(last?.parsed.auditLogFilter).toEqual({ actor: [{ type: 'User' }] })
  })

  it('expands a status class into the response codes the API takes', async () => {
    const queries = recordListQueries()
    const { user } = renderApp('/settings/audit-logs')
    await settledRows()
    await user.click(screen.getByRole('button', { name: /^Status filter/ }))
    await user.click(await screen.findByRole('checkbox', { name: /5xx Server error/ }))
    await user.keyboard('{Escape}')
    const rows = await settledRows()
    for (const row of rows) expect(Number(row.querySelector('td.col-status')?.textContent)).toBeGreaterThanOrEqual(500)
    const filter = lastPageQuery(queries)?.parsed.auditLogFilter as { responseCode: string[] }
    expect(filter.responseCode.map(Number).every((code) => code >= 500 && code <= 599)).toBe(true)
  })

  it('says which codes each class stands for, and offers no class one request cannot add', async () => {
    const { user, router } = renderApp('/settings/audit-logs')
    await settledRows()
    await user.click(screen.getByRole('button', { name: /^Status filter/ }))
    const clientErrors = await screen.findByRole('checkbox', { name: /^4xx Client error/ })
    expect(clientErrors).toHaveAccessibleDescription(
      'Codes 400–406, 408–410, 412, 413, 415, 418, 422–424, 428, 429, 451.',
    )
    expect(screen.getByText(/filters by exact response codes, at most 20 in one request/)).toBeInTheDocument()
    await user.click(clientErrors)
    await waitFor(() => expect(router.state.location.search).toBe('?status=4xx'))
    for (const name of [/^2xx Success/, /^3xx Redirect/, /^5xx Server error/]) {
      const other = screen.getByRole('checkbox', { name })
      expect(other).toBeDisabled()
      expect(other).toHaveAccessibleDescription(/\. Not with 4xx: one request names at most 20 codes\.$/)
    }
    // Unticking frees the others again; 2xx and 5xx fit together (19 codes).
    await user.click(clientErrors)
    await user.click(screen.getByRole('checkbox', { name: /^2xx Success/ }))
    expect(screen.getByRole('checkbox', { name: /^5xx Server error/ })).toBeEnabled()
    expect(screen.getByRole('checkbox', { name: /^4xx Client error/ })).toBeDisabled()
  })

  it('filters by one actor from a row, shows the name on a chip, and removes it', async () => {
    const { user, router } = renderApp('/settings/audit-logs')
    const rows = await settledRows()
    const actorName = rows[0]!.querySelector('td.col-actor .party-name')!.textContent!
    await user.click(within(rows[0]!).getByRole('button', { name: `Filter by actor ${actorName}` }))
    const chip = await screen.findByRole('button', { name: `Remove filter Actor: ${actorName}` })
    expect(router.state.location.search).toMatch(/^\?actor=[0-9a-f]{24}%3A/)
    for (const row of await settledRows()) {
      expect(row.querySelector('td.col-actor .party-name')).toHaveTextContent(actorName)
    }
    await user.click(chip)
    await waitFor(() => expect(router.state.location.search).toBe(''))
  })

  it('applies a preset range as epoch milliseconds and names it on the chip', async () => {
    const queries = recordListQueries()
    const { user, router } = renderApp('/settings/audit-logs')
    await settledRows()
    const before = Date.now()
    await user.click(screen.getByRole('button', { name: /^Time range/ }))
    await user.click(await screen.findByRole('button', { name: 'Last 7 days' }))
    await waitFor(() => expect(router.state.location.search).toBe('?range=7d'))
    expect(screen.getByRole('button', { name: 'Time range: Last 7 days' })).toBeInTheDocument()
    await settledRows()
    const after = Date.now()
    // The preset resolves against the minute the URL was read, somewhere between before and after.
    const start = Number(lastPageQuery(queries)?.parsed.start)
    const minute = (ms: number) => Math.floor(ms / 60_000) * 60_000
    expect(start).toBeGreaterThanOrEqual(minute(before) - 7 * 86_400_000)
    expect(start).toBeLessThanOrEqual(minute(after) - 7 * 86_400_000)
    expect(start % 60_000).toBe(0)
    expect(lastPageQuery(queries)?.parsed.end).toBeUndefined()
  })

  it('refuses a custom range whose start is after its end, and applies a valid one with an inclusive end', async () => {
    const queries = recordListQueries()
    const { user, router } = renderApp('/settings/audit-logs?tz=utc')
    await settledRows()
    await user.click(screen.getByRole('button', { name: /^Time range/ }))
    const from = await screen.findByLabelText('From date')
    await user.type(from, '2026-11-10')
    await user.type(screen.getByLabelText('To date'), '2026-11-01')
    await user.click(screen.getByRole('button', { name: 'Apply range' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('The start must be before the end.')
    expect(router.state.location.search).toBe('?tz=utc')

    await user.clear(screen.getByLabelText('To date'))
    await user.type(screen.getByLabelText('To date'), '2026-11-12')
    await user.click(screen.getByRole('button', { name: 'Apply range' }))
    await waitFor(() => expect(router.state.location.search).toBe('?from=2026-11-10&to=2026-11-12&tz=utc'))
    await settledRows()
    expect(lastPageQuery(queries)?.parsed).toMatchObject({
      start: String(Date.UTC(2026, 10, 10)),
      end: String(Date.UTC(2026, 10, 13) - 1),
    })
  })

  it('clears every filter at once', async () => {
    const { user, router } = renderApp('/settings/audit-logs?actorType=User&status=4xx&range=30d')
    await settledRows()
    await user.click(screen.getByRole('button', { name: 'Clear all' }))
    await waitFor(() => expect(router.state.location.search).toBe(''))
    expect(screen.queryByRole('button', { name: 'Clear all' })).not.toBeInTheDocument()
  })

  it('offers no type past the 20 values a list of Losant’s filter holds, chosen sub-resources counting as pairs', async () => {
    // Ten types and two chosen sub-resources are sent as twenty (type, id) pairs: the list is full.
    const types = [
      'ApiToken',
      'Credential',
      'Dashboard',
      'DataTable',
      'Device',
      'Event',
      'File',
      'Flow',
      'Notebook',
      'Webhook',
    ]
    const subs = ['a1'.repeat(12), 'b2'.repeat(12)].map((id) => `sub=${id}`).join('&')
    const { user, router } = renderApp(`/settings/audit-logs?subType=${types.join(',')}&${subs}`)
    await settledRows()
    await user.click(screen.getByRole('button', { name: /^Sub-resource type\b/ }))
    const list = await screen.findByRole('group', { name: 'Sub-resource type' })
    const webhook = within(list).getByRole('checkbox', { name: /^Webhook/ })
    const integration = within(list).getByRole('checkbox', { name: /^Integration/ })
    expect(webhook).toBeEnabled()
    expect(integration).toBeDisabled()
    expect(integration).toHaveAccessibleDescription('Not with the values chosen.')
    expect(
      screen.getByText(
        'One filter holds at most 20 values, and each type counts once for each chosen actor or target.',
      ),
    ).toBeInTheDocument()
    // Unticking one frees room for another.
    await user.click(webhook)
    await waitFor(() => expect(router.state.location.search).not.toContain('Webhook'))
    await waitFor(() => expect(within(list).getByRole('checkbox', { name: /^Integration/ })).toBeEnabled())
    expect(screen.queryByText(/One filter holds at most 20 values/)).not.toBeInTheDocument()
  })

  it('says which parts of a link it dropped, and keeps the rest', async () => {
    renderApp('/settings/audit-logs?actorType=User,Robot&status=9xx')
    await settledRows()
    expect(screen.getByText(/could not be used and was ignored/)).toHaveTextContent('actorType “Robot”, status “9xx”')
    expect(screen.getByRole('button', { name: 'Actor type: User (filter)' })).toBeInTheDocument()
  })

  it('holds no count queries for a chip until it is opened', async () => {
    const { user, queryClient } = renderApp('/settings/audit-logs')
    await settledRows()
    // The chart's counts keep the list's (empty) filters; a chip's counts each add a filter.
    const chipCounts = () =>
      queryClient
        .getQueryCache()
        .getAll()
        .filter(({ queryKey }) => queryKey.includes('count'))
        .filter(({ queryKey }) =>
          Object.values((queryKey.at(-1) as AuditSearch).filters).some((values) => values.length > 0),
        )
    expect(chipCounts()).toHaveLength(0)
    await user.click(screen.getByRole('button', { name: /^Actor type filter/ }))
    await screen.findByRole('group', { name: 'Actor type' })
    await waitFor(() => expect(chipCounts().length).toBeGreaterThan(0))
  })
})
