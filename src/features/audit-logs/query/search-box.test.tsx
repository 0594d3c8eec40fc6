import { act, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { getDefaultBloodHoundDataset } from '@/mocks/bloodhound/dataset'
import type { Connection } from '@/sources/source-client'
import { testServer } from '@/test/test-server'
import { renderApp } from '@/testing/render-app'
import { LOSANT_LIST_URL, TEST_BLOODHOUND_URL } from '@/testing/test-api'

function recordListRequests(): string[] {
  const seen: string[] = []
  testServer.events.on('request:start', ({ request }) => {
    if (request.url.startsWith(LOSANT_LIST_URL)) seen.push(new URL(request.url).search)
  })
  return seen
}

async function findRows() {
  const table = await screen.findByRole('table', { name: 'Audit logs' })
  await waitFor(() => expect(table).toHaveAttribute('aria-busy', 'false'))
  return within(table).getAllByRole('row').slice(1)
}

/** The box once its query language has loaded (the placeholder before it is a plain textbox). */
const findBox = () => screen.findByRole('combobox', { name: 'Search audit logs' })

describe('the search box', () => {
  it('applies a typed query on Enter, and shows what the chips choose', async () => {
    const { user, router } = renderApp('/settings/audit-logs')
    await findRows()
    const box = await findBox()
    expect(box).toHaveValue('')
    await user.type(box, 'actor-type:user target-type:"Org Invite" status:4xx')
    expect(router.state.location.search).toBe('')
    await user.keyboard('{Enter}')
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('actorType')).toBe('User'))
    const params = new URLSearchParams(router.state.location.search)
    expect(params.get('targetType')).toBe('OrgInvite')
    expect(params.get('status')).toBe('4xx')
    expect(box).toHaveValue('actor-type:User target-type:OrgInvite status:4xx')
    expect(screen.getByRole('button', { name: /^Actor type: User/ })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Clear all' }))
    await waitFor(() => expect(box).toHaveValue(''))
    await act(() => router.navigate(-1))
    await waitFor(() => expect(box).toHaveValue('actor-type:User target-type:OrgInvite status:4xx'))
  })

  it('filters by a single status code, shown as a chip that can be removed', async () => {
    const requests = recordListRequests()
    const { user, router } = renderApp('/settings/audit-logs')
    await findRows()
    const box = await findBox()
    await user.type(box, 'status:404{Enter}')
    await waitFor(() => expect(router.state.location.search).toBe('?code=404'))
    const rows = await findRows()
    expect(rows.map((row) => row.querySelector('td.col-status')?.textContent)).toEqual(rows.map(() => '404'))
    expect(requests.some((query) => new URLSearchParams(query).get('auditLogFilter[responseCode][0]') === '404')).toBe(
      true,
    )
    await user.click(screen.getByRole('button', { name: 'Remove filter Status code: 404' }))
    await waitFor(() => expect(box).toHaveValue(''))
  })

  it('marks every bad term, sends nothing and keeps the list as it was', async () => {
    const { user, router } = renderApp('/settings/audit-logs?actorType=Device')
    await findRows()
    const box = await findBox()
    expect(box).toHaveValue('actor-type:Device')
    const requests = recordListRequests()
    await user.clear(box)
    await user.type(box, 'status:banana colour:red after:yesterday')
    await user.keyboard('{Enter}')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The search has 3 problems; nothing was sent.')
    expect([...alert.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      'status:banana',
      'colour:red',
      'after:yesterday',
    ])
    expect(box).toHaveAttribute('aria-invalid', 'true')
    expect(box).toHaveAccessibleDescription(/Losant has no “status:” value “banana”/)
    expect(router.state.location.search).toBe('?actorType=Device')
    // The page's own work after its first paint (the next page, the chart's counts) may still ask
    // for the search in force while this test types; nothing may ask for any other.
    const filters = (query: string) =>
      [...new URLSearchParams(query)].filter(([key]) => key.startsWith('auditLogFilter'))
    expect(requests.map(filters)).toEqual(requests.map(() => [['auditLogFilter[actor][0][type]', 'Device']]))
    // Escape gives back the search in force.
    await user.keyboard('{Escape}')
    expect(box).toHaveValue('actor-type:Device')
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('suggests keys, then values with how many loaded entries have them, by keyboard', async () => {
    const { user } = renderApp('/settings/audit-logs')
    await findRows()
    const box = await findBox()
    await user.type(box, 'actor-t')
    const listbox = screen.getByRole('listbox', { name: 'Suggestions' })
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([expect.stringMatching(/^actor-type:the kind of actor/)])
    await user.keyboard('{ArrowDown}')
    expect(box).toHaveAttribute('aria-activedescendant', within(listbox).getByRole('option').id)
    await user.keyboard('{Enter}')
    expect(box).toHaveValue('actor-type:')
    await user.type(box, 'us')
    const option = within(listbox).getByRole('option', { name: /^User/ })
    expect(option).toHaveTextContent(/\d+ loaded/)
    await user.click(option)
    expect(box).toHaveValue('actor-type:User ')
    expect(box).toHaveFocus()
  })

  it('keeps what is typed right after a suggestion is taken, in the order it was typed', async () => {
    const { user } = renderApp('/settings/audit-logs')
    await findRows()
    const box = await findBox()
    await user.type(box, 'actor-t')
    await user.keyboard('{ArrowDown}{Enter}')
    // A quick typist's next key lands before the browser's next frame…
    await user.keyboard('U')
    await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())))
    // …and the caret stays after it.
    await user.keyboard('ser')
    expect(box).toHaveValue('actor-type:User')
  })

  it('opens the entry whose id is pasted, and says when there is none', async () => {
    const { user, router } = renderApp('/settings/audit-logs?actorType=User')
    const rows = await findRows()
    const id = rows[3]!.getAttribute('data-row-id')!
    const box = await findBox()
    await user.clear(box)
    await user.click(box)
    await user.paste(id)
    expect(within(screen.getByRole('listbox')).getByRole('option', { name: `Open entry ${id}` })).toBeInTheDocument()
    await user.keyboard('{Enter}')
    await waitFor(() => expect(router.state.location.pathname).toBe(`/settings/audit-logs/${id}`))
    expect(router.state.location.search).toBe('?actorType=User')
    expect(await screen.findByRole('dialog')).toBeInTheDocument()

    await user.keyboard('{Escape}')
    await waitFor(() => expect(router.state.location.pathname).toBe('/settings/audit-logs'))
    await user.clear(box)
    await user.paste('0123456789abcdef01234567')
    await user.keyboard('{Enter}')
    const dialog = await screen.findByRole('dialog')
    expect(await within(dialog).findByText(/No entry with this id exists/)).toBeInTheDocument()
  })

  it('finds the entry of a pasted BloodHound request id, and says when no entry has it', async () => {
    const bloodhound: Connection = { sourceId: 'bloodhound', apiUrl: TEST_BLOODHOUND_URL, orgId: '', demo: true }
    const { logs } = getDefaultBloodHoundDataset()
    const requestId = logs[7]!.request_id
    const newest = logs.find((log) => log.request_id === requestId)!
    const { user, router } = renderApp('/settings/audit-logs', bloodhound)
    await findRows()
    const box = await findBox()
    await user.click(box)
    await user.paste(requestId)
    expect(screen.getByRole('option', { name: `Find request ${requestId}` })).toBeInTheDocument()
    await user.keyboard('{Enter}')
    await waitFor(() => expect(router.state.location.pathname).toBe(`/settings/audit-logs/${newest.id}`))
    expect(new URLSearchParams(router.state.location.search).get('requestId')).toBe(requestId)
    expect(await screen.findByRole('dialog')).toBeInTheDocument()

    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    await user.clear(box)
    await user.paste('00000000-0000-4000-8000-000000000000')
    await user.keyboard('{Enter}')
    expect(
      await screen.findByText('No entry has the request id “00000000-0000-4000-8000-000000000000”.'),
    ).toBeInTheDocument()
    expect(new URLSearchParams(router.state.location.search).get('requestId')).toBe(requestId)
  })

  it('is where `/` goes', async () => {
    const { user } = renderApp('/settings/audit-logs')
    await findRows()
    const box = await findBox()
    await user.keyboard('/')
    expect(box).toHaveFocus()
    expect(box).toHaveValue('')
  })
})
