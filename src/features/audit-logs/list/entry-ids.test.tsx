// Ids are called what they are: a UiPath entry has none (its key is ours), a BloodHound entry
// has a log id and, separately, the id of the request that wrote it.
import { screen, waitFor, within } from '@testing-library/react'

import { DEFAULT_SEARCH } from '@/sources/audit-search'
import { type Connection, createSourceClient } from '@/sources/source-client'
import { renderApp } from '@/testing/render-app'
import { TEST_BLOODHOUND_URL, TEST_UIPATH_URL } from '@/testing/test-api'

const bloodhound: Connection = { sourceId: 'bloodhound', apiUrl: TEST_BLOODHOUND_URL, orgId: '', demo: true }
const uipath: Connection = { sourceId: 'uipath', apiUrl: TEST_UIPATH_URL, orgId: '', demo: true }

const fact = (dialog: HTMLElement, term: string) =>
  within(dialog)
    .queryAllByRole('term')
    .find((dt) => dt.textContent === term)?.nextElementSibling as HTMLElement | undefined

it('shows no "Request ID" for a UiPath entry, whose key we derived', async () => {
  const [row] = (await createSourceClient(uipath).listPage(DEFAULT_SEARCH)).events
  renderApp(`/settings/audit-logs/${row!.id}`, uipath)
  const dialog = await screen.findByRole('dialog', { name: new RegExp(row!.id) })
  await within(dialog).findByText('Time')
  expect(fact(dialog, 'Request ID')).toBeUndefined()
  expect(fact(dialog, 'Log ID')).toBeUndefined()
})

it("shows BloodHound's log id as the log id and its request_id as the request id, to filter by", async () => {
  const row = (await createSourceClient(bloodhound).listPage(DEFAULT_SEARCH)).events.find(
    (event) => event.origin?.requestId,
  )!
  const { user, router } = renderApp(`/settings/audit-logs/${row.id}`, bloodhound)
  const dialog = await screen.findByRole('dialog', { name: new RegExp(row.id) })
  await waitFor(() => expect(fact(dialog, 'Log ID')).toHaveTextContent(row.id))
  const request = fact(dialog, 'Request ID')!
  expect(request).toHaveTextContent(row.origin!.requestId!)
  await user.click(within(request).getByRole('button', { name: 'Filter by this request' }))
  await waitFor(() =>
    expect(new URLSearchParams(router.state.location.search).get('requestId')).toBe(row.origin!.requestId),
  )
  expect(await screen.findByRole('button', { name: `Remove filter Request: ${row.origin!.requestId}` })).toBeVisible()
})
