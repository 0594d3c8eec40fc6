import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { loadApiRequestPopover } from '@/features/audit-logs/list/api-request-button'
import type { HttpRequestSpec } from '@/sources/audit-source'
import { SOURCES } from '@/sources/source-registry'
import { testServer } from '@/test/test-server'
import { renderApp, testConnection } from '@/testing/render-app'
import { LOSANT_LIST_URL } from '@/testing/test-api'

const TOKEN = testConnection.token!

/** Every list request the page sends (not the one-entry count probes), with its Authorization. */
function recordListRequests(): { url: string; authorization: string | null }[] {
  const seen: { url: string; authorization: string | null }[] = []
  testServer.events.on('request:start', ({ request }) => {
    const url = new URL(request.url)
    if (url.href.startsWith(LOSANT_LIST_URL) && url.searchParams.get('perPage') !== '1') {
      seen.push({ url: request.url, authorization: request.headers.get('Authorization') })
    }
  })
  return seen
}

async function settledList() {
  const table = await screen.findByRole('table', { name: 'Audit logs' })
  await waitFor(() => expect(table).toHaveAttribute('aria-busy', 'false'))
}

async function openPopover(user: ReturnType<typeof renderApp>['user']) {
  const trigger = screen.getByRole('button', { name: 'Copy as API request' })
  await user.click(trigger)
  return { trigger, popover: await screen.findByRole('dialog', { name: 'API request for this view' }) }
}

// Loaded before the tests, the popover never suspends, so its chunk cannot land outside act().
beforeAll(() => loadApiRequestPopover(), 30_000)
afterEach(() => {
  testServer.events.removeAllListeners()
  vi.restoreAllMocks()
})

describe('Copy as API request', () => {
  it('shows the exact request the list sent for a filtered view, with $TOKEN and never the token', async () => {
    const requests = recordListRequests()
    const { user } = renderApp('/settings/audit-logs?actorType=User&status=5xx&sort=actor&dir=asc&page=2&range=30d')
    await settledList()
    // The shown page (2, the vendor's 1); the list may also fetch the next one ahead.
    const sent = requests.find(({ url }) => new URL(url).searchParams.get('page') === '1')!
    // The test client does send a token, so its absence below means something.
    expect(sent.authorization).toBe(`Bearer ${TOKEN}`)

    const { trigger, popover } = await openPopover(user)
    const urlBox = await within(popover).findByRole('textbox', { name: /^Request URL/ })
    const url = (urlBox as HTMLTextAreaElement).value
    expect(url).toBe(sent.url)
    expect(within(popover).getByText('GET')).toBeInTheDocument()
    const query = new URL(url).searchParams
    expect(query.get('auditLogFilter[actor][0][type]')).toBe('User')
    expect(query.get('auditLogFilter[responseCode][0]')).toMatch(/^5\d\d$/)
    expect(query.get('sortField')).toBe('actorName')
    expect(query.get('sortDirection')).toBe('asc')
    expect(query.get('page')).toBe('1')
    expect(query.get('start')).toMatch(/^\d+$/)
    // Losant's clients encode the brackets (qs): the URL holds none for curl to glob.
    expect(url).toContain('auditLogFilter%5Bactor%5D%5B0%5D%5Btype%5D=User')

    const curlBox = within(popover).getByRole('textbox', { name: 'curl command' })
    const curl = (curlBox as HTMLTextAreaElement).value
    expect(curl).toBe(`curl -H "Authorization: Bearer $TOKEN" '${url}'`)
    expect(curlBox).toHaveAccessibleDescription(/\$TOKEN stands for it/)
    expect(popover.textContent).not.toContain(TOKEN)

    await user.click(within(popover).getByRole('button', { name: 'Copy curl command' }))
    expect(await navigator.clipboard.readText()).toBe(curl)
    expect(within(popover).getByText('Copy curl command: copied')).toBeInTheDocument()
    await user.click(within(popover).getByRole('button', { name: 'Copy URL' }))
    expect(await navigator.clipboard.readText()).toBe(url)

    // Escape closes it and gives focus back to the button.
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'API request for this view' })).toBeNull())
    expect(screen.getByRole('button', { name: 'Copy as API request' })).toHaveFocus()
    expect(trigger).toHaveAttribute('aria-expanded', 'false')
  })

  it('says it is building while the adapter works, says why it failed, and tries again', async () => {
    const { user } = renderApp('/settings/audit-logs?actorType=User')
    await settledList()
    const losant = SOURCES.losant
    const real = losant.listRequest.bind(losant)
    // Whatever builds a request while the popover opens waits until told to fail.
    const failures: ((error: Error) => void)[] = []
    const fail = (error: Error) => failures.forEach((reject) => reject(error))
    vi.spyOn(losant, 'listRequest').mockImplementation(
      () => new Promise<HttpRequestSpec>((_, reject) => failures.push(reject)),
    )

    const { popover } = await openPopover(user)
    expect(await within(popover).findByRole('status')).toHaveTextContent('Building the request…')
    expect(within(popover).queryByRole('textbox')).toBeNull()
    fail(new Error('the query encoder did not load'))
    expect(await within(popover).findByRole('alert')).toHaveTextContent(
      'The request could not be built: the query encoder did not load',
    )
    expect(within(popover).queryByRole('textbox')).toBeNull()

    vi.mocked(losant.listRequest).mockImplementation(real)
    await user.click(within(popover).getByRole('button', { name: 'Retry' }))
    const urlBox = await within(popover).findByRole('textbox', { name: /^Request URL/ })
    expect(new URL((urlBox as HTMLTextAreaElement).value).searchParams.get('auditLogFilter[actor][0][type]')).toBe(
      'User',
    )
    expect(within(popover).queryByRole('alert')).toBeNull()
  })
})
