// BloodHound pairs an intent with its outcome, so a page that has more to give shows fewer rows
// than its size: every consumer of "is there a next page" must follow the source's `hasMore`.
import { screen, waitFor, within } from '@testing-library/react'

import { DEFAULT_SEARCH } from '@/sources/audit-search'
import { type Connection, createSourceClient } from '@/sources/source-client'
import { renderApp } from '@/testing/render-app'
import { TEST_BLOODHOUND_URL } from '@/testing/test-api'

import { auditLogListOptions } from '../api/get-audit-logs'

const bloodhound: Connection = { sourceId: 'bloodhound', apiUrl: TEST_BLOODHOUND_URL, orgId: '', demo: true }
const search = { ...DEFAULT_SEARCH, pageSize: 25 }

describe('a source whose pages are short while more follow', () => {
  it('offers the next page and fetches it ahead', async () => {
    const first = await createSourceClient(bloodhound).listPage(search)
    expect(first.events.length).toBeLessThan(25)
    expect(first.hasMore).toBe(true)

    const { user, router, queryClient } = renderApp('/settings/audit-logs?size=25', bloodhound)
    const next = await screen.findByRole('button', { name: 'Next page' })
    await waitFor(() => expect(next).toBeEnabled())
    const { queryKey } = auditLogListOptions(createSourceClient(bloodhound), { ...search, page: 1 })
    await waitFor(() => expect(queryClient.getQueryData(queryKey)).toBeDefined())
    await user.click(next)
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('page')).toBe('2'))
  })

  it("steps from a page's last entry to the next page's first", async () => {
    const client = createSourceClient(bloodhound)
    const [first, second] = await Promise.all([client.listPage(search), client.listPage({ ...search, page: 1 })])
    const last = first.events.at(-1)!.id
    const { user, router } = renderApp(`/settings/audit-logs/${last}?size=25`, bloodhound)
    const dialog = await screen.findByRole('dialog', { name: new RegExp(last) })
    const next = within(dialog).getByRole('button', { name: 'Next entry' })
    await waitFor(() => expect(next).toBeEnabled())
    await user.click(next)
    await waitFor(() => expect(router.state.location.pathname).toBe(`/settings/audit-logs/${second.events[0]!.id}`))
    expect(new URLSearchParams(router.state.location.search).get('page')).toBe('2')
  })
})
