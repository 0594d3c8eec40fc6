import { act, cleanup, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeAll, describe, expect, it } from 'vitest'

import { testServer } from '@/test/test-server'
import { renderApp } from '@/testing/render-app'
import { LOSANT_LIST_URL } from '@/testing/test-api'

const ENTRY_ID = 'a1a1a1a1a1a1a1a1a1a1a1a1'
const entry = {
  id: ENTRY_ID,
  auditLogId: ENTRY_ID,
  creationDate: '2026-11-20T10:00:00.000Z',
  actorId: 'b2b2b2b2b2b2b2b2b2b2b2b2',
  actorType: 'User',
  actorName: 'Ada Lovelace',
  primaryTargetId: 'c3c3c3c3c3c3c3c3c3c3c3c3',
  primaryTargetType: 'Application',
  primaryTargetName: 'Greenhouse',
  requestResource: 'applicationKeys',
  requestAction: 'post',
  requestPathParams: { applicationId: 'c3c3c3c3c3c3c3c3c3c3c3c3' },
  requestBody: { description: 'CI key', password: 'hunter2-plain' },
  responseBody: { key: 'k-123', secret: '[REDACTED]' },
  responseStatus: 201,
}

// The drawer is a lazy chunk: load it once up front so no test waits for its first transform.
beforeAll(() => import('./audit-log-drawer'), 30_000)

describe('entry drawer', () => {
  it('gives the focus back on the page it opened over only, not on a page rendered after it went away', async () => {
    renderApp('/settings/audit-logs/ffffffffffffffffffffffff')
    expect(await screen.findByText('Audit log entry not found')).toBeInTheDocument()
    // The page goes away with the drawer open (a sign-out, a test's clean-up), and another comes.
    cleanup()
    renderApp('/settings/audit-logs')
    const box = await screen.findByRole('combobox', { name: 'Search audit logs' })
    // Radix gives the focus back a moment after the drawer unmounts.
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
    expect(box).not.toHaveFocus()
    expect(document.activeElement).toBe(document.body)
  })

  it('opens cold from a deep link with one request, and shows what Losant’s page shows', async () => {
    const requested: string[] = []
    testServer.use(
      http.get(`${LOSANT_LIST_URL}/:id`, ({ params }) => {
        requested.push(String(params.id))
        return HttpResponse.json(entry)
      }),
    )
    renderApp(`/settings/audit-logs/${ENTRY_ID}`)
    const dialog = await screen.findByRole('dialog', { name: `Audit log ${ENTRY_ID}` })
    await within(dialog).findByText('Ada Lovelace')
    expect(requested).toEqual([ENTRY_ID])
    expect(within(dialog).getAllByText('/applications/c3c3c3c3c3c3c3c3c3c3c3c3/keys')[0]).toBeInTheDocument()
    expect(within(dialog).getAllByText('POST')[0]).toBeInTheDocument()
    expect(within(dialog).getByText('API method applicationKeys.post')).toBeInTheDocument()
    // Both kinds of redaction are visible as badges, and neither secret nor marker text is shown alone.
    expect(dialog).toHaveTextContent('2 values in this entry were redacted.')
    expect(dialog).not.toHaveTextContent('hunter2-plain')
    expect(within(dialog).getAllByText(/Redacted/).length).toBeGreaterThanOrEqual(2)
  })

  it('finds an entry opened from a link on its page of the list, so previous/next work from there', async () => {
    const page3 = (await (
      await fetch(`${LOSANT_LIST_URL}?sortField=creationDate&sortDirection=desc&page=2&perPage=50`)
    ).json()) as {
      items: { id: string }[]
    }
    const target = page3.items[10]!.id
    const { user, router } = renderApp(`/settings/audit-logs/${target}`)
    const dialog = await screen.findByRole('dialog', { name: `Audit log ${target}` })
    const find = await within(dialog).findByRole('button', { name: 'Find in list' })
    expect(within(dialog).getByRole('button', { name: 'Next entry' })).toBeDisabled()
    await user.click(find)
    await waitFor(() => expect(router.state.location.search).toBe('?page=3'))
    expect(router.state.location.pathname).toBe(`/settings/audit-logs/${target}`)
    await waitFor(() =>
      expect(within(screen.getByRole('dialog')).getByRole('button', { name: 'Next entry' })).toBeEnabled(),
    )
    expect(within(screen.getByRole('dialog')).queryByRole('button', { name: 'Find in list' })).not.toBeInTheDocument()
    // The button that was clicked is gone: focus moved on to stepping, not to the page.
    await waitFor(() =>
      expect(within(screen.getByRole('dialog')).getByRole('button', { name: 'Next entry' })).toHaveFocus(),
    )
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Next entry' }))
    await waitFor(() => expect(router.state.location.pathname).toBe(`/settings/audit-logs/${page3.items[11]!.id}`))
  })

  it('says when the list’s time range leaves the linked entry out', async () => {
    const old = (await (
      await fetch(`${LOSANT_LIST_URL}?sortField=creationDate&sortDirection=asc&perPage=1`)
    ).json()) as {
      items: { id: string }[]
    }
    const target = old.items[0]!.id
    const { user, router } = renderApp(`/settings/audit-logs/${target}?range=24h`)
    const dialog = await screen.findByRole('dialog', { name: `Audit log ${target}` })
    await user.click(await within(dialog).findByRole('button', { name: 'Find in list' }))
    expect(await within(dialog).findByText(/its filters or time range leave this entry out/)).toBeInTheDocument()
    expect(router.state.location.search).toBe('?range=24h')
  })

  it('says when an entry does not exist, and the list still works', async () => {
    testServer.use(
      http.get(`${LOSANT_LIST_URL}/:id`, () =>
        HttpResponse.json({ type: 'NotFound', message: 'Audit Log was not found' }, { status: 404 }),
      ),
    )
    renderApp(`/settings/audit-logs/${'f'.repeat(24)}`)
    const dialog = await screen.findByRole('dialog')
    expect(await within(dialog).findByText('Audit log entry not found')).toBeInTheDocument()
    expect(await screen.findAllByRole('row', { hidden: true })).not.toHaveLength(0)
  })

  it('refuses an id that is not 24 hex characters without a request', async () => {
    const requested: string[] = []
    testServer.events.on('request:start', ({ request }) => requested.push(new URL(request.url).pathname))
    renderApp('/settings/audit-logs/not-an-id')
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByText('This is not an audit log id')).toBeInTheDocument()
    await waitFor(() => expect(requested.some((path) => path.endsWith('/audit-logs'))).toBe(true))
    expect(requested.some((path) => path.includes('not-an-id'))).toBe(false)
  })

  it('opens from a row without a request, steps to the next entry, and closes back to the list', async () => {
    const { user, router } = renderApp('/settings/audit-logs?sort=actor&dir=asc')
    const table = await screen.findByRole('table', { name: 'Audit logs' })
    await waitFor(() => expect(table).toHaveAttribute('aria-busy', 'false'))
    const [first, second] = within(table).getAllByRole('row').slice(1)
    const firstId = first!.getAttribute('data-row-id')!
    const secondId = second!.getAttribute('data-row-id')!
    const singleRequests: string[] = []
    testServer.events.on('request:start', ({ request }) => {
      if (/\/audit-logs\/[0-9a-f]{24}$/.test(new URL(request.url).pathname)) singleRequests.push(request.url)
    })
    await user.click(within(first!).getByRole('link'))
    expect(await screen.findByRole('dialog', { name: `Audit log ${firstId}` })).toBeInTheDocument()
    expect(router.state.location.search).toBe('?sort=actor&dir=asc')
    await user.click(screen.getByRole('button', { name: 'Next entry' }))
    expect(await screen.findByRole('dialog', { name: `Audit log ${secondId}` })).toBeInTheDocument()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(router.state.location.pathname).toBe('/settings/audit-logs')
    expect(router.state.location.search).toBe('?sort=actor&dir=asc')
    expect(singleRequests).toEqual([])
  })

  it('row links carry the list search; a modified click is left to the browser (new tab), a plain one opens the entry', async () => {
    const { user, router } = renderApp('/settings/audit-logs?sort=actor&dir=asc')
    const table = await screen.findByRole('table', { name: 'Audit logs' })
    await waitFor(() => expect(table).toHaveAttribute('aria-busy', 'false'))
    const first = within(table).getAllByRole('row')[1]!
    const id = first.getAttribute('data-row-id')!
    const link = within(first).getByRole('link')
    expect(link).toHaveAttribute('href', `/settings/audit-logs/${id}?sort=actor&dir=asc`)

    let defaultPrevented: boolean | undefined
    const notePrevented = (event: Event) => (defaultPrevented = event.defaultPrevented)
    window.addEventListener('click', notePrevented)
    try {
      await user.keyboard('{Control>}')
      await user.click(link)
      await user.keyboard('{/Control}')
      expect(defaultPrevented).toBe(false)
      expect(router.state.location.pathname).toBe('/settings/audit-logs')

      await user.click(link)
      expect(defaultPrevented).toBe(true)
      expect(await screen.findByRole('dialog', { name: `Audit log ${id}` })).toBeInTheDocument()
    } finally {
      window.removeEventListener('click', notePrevented)
    }
  })

  it('"Filter by this actor" closes the drawer and filters the list', async () => {
    testServer.use(http.get(`${LOSANT_LIST_URL}/:id`, () => HttpResponse.json(entry)))
    const { user, router } = renderApp(`/settings/audit-logs/${ENTRY_ID}`)
    const dialog = await screen.findByRole('dialog')
    await user.click(await within(dialog).findByRole('button', { name: 'Filter by this actor' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/settings/audit-logs'))
    expect(new URLSearchParams(router.state.location.search).get('actor')).toBe('b2b2b2b2b2b2b2b2b2b2b2b2:Ada Lovelace')
  })
})
