// BloodHound's own filter chips: Action (one at a time) and Outcome, sent as eq/neq filters.
import { screen, waitFor, within } from '@testing-library/react'

import type { Connection } from '@/sources/source-client'
import { testServer } from '@/test/test-server'
import { renderApp } from '@/testing/render-app'
import { TEST_BLOODHOUND_URL } from '@/testing/test-api'

const bloodhound: Connection = { sourceId: 'bloodhound', apiUrl: TEST_BLOODHOUND_URL, orgId: '', demo: true }

// The popover loads on first use; loaded here, its arrival is not a state change mid-test.
beforeAll(() => import('@/components/data-table/data-table-faceted-filter'))

async function settledRows() {
  const table = await screen.findByRole('table', { name: 'Audit logs' })
  await waitFor(() => expect(table).toHaveAttribute('aria-busy', 'false'))
  return within(table).getAllByRole('row').slice(1)
}

it('filters by one action and by outcome', async () => {
  const queries: URLSearchParams[] = []
  testServer.events.on('request:start', ({ request }) => {
    const url = new URL(request.url)
    if (url.pathname.endsWith('/api/v2/audit')) queries.push(url.searchParams)
  })
  const { user, router } = renderApp('/settings/audit-logs', bloodhound)
  await settledRows()

  await user.click(screen.getByRole('button', { name: /^Action filter/ }))
  await user.click(await screen.findByRole('checkbox', { name: /CreateUser/ }))
  await user.click(await screen.findByRole('checkbox', { name: /DeleteUser/ }))
  await user.keyboard('{Escape}')
  await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('action')).toBe('DeleteUser'))
  for (const row of await settledRows()) expect(row).toHaveTextContent('DeleteUser')
  expect(queries.at(-1)?.getAll('action')).toEqual(['eq:DeleteUser'])

  await user.click(screen.getByRole('button', { name: /^Outcome filter/ }))
  await user.click(await screen.findByRole('checkbox', { name: /Failed/ }))
  await user.keyboard('{Escape}')
  await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('outcome')).toBe('failure'))
  await settledRows()
  expect(queries.at(-1)?.getAll('status')).toEqual(['eq:failure'])
})

it('filters by a row’s source address as logged, and shows it on a removable chip', async () => {
  const queries: URLSearchParams[] = []
  testServer.events.on('request:start', ({ request }) => {
    const url = new URL(request.url)
    if (url.pathname.endsWith('/api/v2/audit')) queries.push(url.searchParams)
  })
  const { user, router } = renderApp('/settings/audit-logs', bloodhound)
  const rows = await settledRows()
  const cellOf = (row: HTMLElement) => row.querySelector('td.col-ip')!
  const first = rows[0]!
  const address = cellOf(first).textContent!
  await user.click(within(first).getByRole('button', { name: /^Filter by source address / }))
  const chip = await screen.findByRole('button', { name: /^Remove filter Source address: / })
  const sent = queries.at(-1)!.get('source_ip_address')!
  expect(sent).toMatch(/^eq:/)
  const logged = sent.slice('eq:'.length)
  // The whole text as logged (one hop or several), whose last hop the row shows.
  expect(logged.split(',').at(-1)!.trim()).toBe(address)
  expect(new URLSearchParams(router.state.location.search).get('address')).toBe(logged)
  for (const row of await settledRows()) expect(cellOf(row)).toHaveTextContent(address)

  await user.click(chip)
  await waitFor(() => expect(router.state.location.search).toBe(''))
  await waitFor(() => expect(screen.queryByRole('button', { name: /^Remove filter Source address: / })).toBeNull())
})
