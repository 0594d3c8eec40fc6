import { act, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { viewsMessages } from '@/lib/i18n/views-messages'
import { renderApp, testConnection } from '@/testing/render-app'

import { readStoredViews, storedViewsText } from './saved-views'
import { savedViewsKey } from './views-storage'

const KEY = savedViewsKey([testConnection.sourceId, testConnection.apiUrl, testConnection.orgId])

async function settledHeaders() {
  const table = await screen.findByRole('table', { name: 'Audit logs' })
  await waitFor(() => expect(table).toHaveAttribute('aria-busy', 'false'))
  return within(table)
    .getAllByRole('columnheader')
    .map((header) => header.textContent?.trim())
}

async function openMenu(user: ReturnType<typeof renderApp>['user']) {
  await user.click(within(screen.getByRole('group', { name: 'View' })).getByRole('button', { name: 'Views' }))
  return screen.findByRole('dialog', { name: 'Saved views' })
}

beforeAll(
  () => Promise.all([import('./views-popover'), import('@/features/audit-logs/columns/columns-popover')]),
  30_000,
)
afterEach(() => localStorage.clear())

describe('saved views menu', () => {
  it('saves the current view as the URL holds it, without the page, and lists it as current', async () => {
    const { user } = renderApp('/settings/audit-logs?actorType=User&range=7d&page=2&cols=time,actor,status')
    expect(await settledHeaders()).toEqual(['Time', 'Actor', 'Status'])
    const menu = await openMenu(user)
    await user.type(within(menu).getByRole('textbox', { name: 'Name the current view' }), 'Mine{Enter}')
    expect(await within(menu).findByRole('status')).toHaveTextContent('Saved the view “Mine”.')
    expect(within(menu).getByRole('button', { name: 'Open the view “Mine”' })).toHaveAttribute('aria-current', 'true')
    const stored = readStoredViews(localStorage.getItem(KEY))
    expect(stored.notice).toBeUndefined()
    expect(stored.saved.views).toMatchObject([
      { name: 'Mine', params: 'actorType=User&range=7d&cols=time%2Cactor%2Cstatus' },
    ])
  })

  it('opens the bare page on the default view, and only the opening', async () => {
    localStorage.setItem(
      KEY,
      storedViewsText({
        views: [{ id: 'v', name: 'Errors', params: 'status=5xx&cols=status,time,actor' }],
        defaultId: 'v',
      }),
    )
    const { router, user } = renderApp('/settings/audit-logs')
    await waitFor(() => expect(router.state.location.search).toBe('?status=5xx&cols=status,time,actor'))
    expect(await settledHeaders()).toEqual(['Status', 'Time', 'Actor'])
    // "Clear all" empties the filters and stays there.
    await user.click(within(screen.getByRole('group', { name: 'Filters' })).getByRole('button', { name: 'Clear all' }))
    await waitFor(() => expect(router.state.location.search).toBe('?cols=status%2Ctime%2Cactor'))
    // Going to the bare list from within the page is not an opening either.
    await act(() => router.navigate('/settings/audit-logs'))
    expect(await settledHeaders()).toHaveLength(5)
    expect(router.state.location.search).toBe('')
  })

  it('ignores stored views it cannot read, says so, and the page works', async () => {
    localStorage.setItem(KEY, '{"version":1,"views":[{"id":"x"}],"defaultId":"x"}')
    const { router, user } = renderApp('/settings/audit-logs')
    expect(await settledHeaders()).toHaveLength(5)
    expect(router.state.location.search).toBe('')
    const menu = await openMenu(user)
    expect(within(menu).getByRole('status')).toHaveTextContent('1 saved view could not be read and was ignored.')
    expect(within(menu).getByText(/No saved views yet/)).toBeInTheDocument()
  })

  it('keeps a change for the page when the browser refuses to store it, and says so', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    try {
      const { user } = renderApp('/settings/audit-logs?status=5xx')
      await settledHeaders()
      const menu = await openMenu(user)
      await user.type(within(menu).getByRole('textbox', { name: 'Name the current view' }), 'Errors{Enter}')
      expect(await within(menu).findByRole('status')).toHaveTextContent(viewsMessages.storageFailed)
      expect(within(menu).getByRole('button', { name: 'Open the view “Errors”' })).toBeInTheDocument()
    } finally {
      setItem.mockRestore()
    }
  })
})

describe('column chooser', () => {
  it('hides and reorders columns in the URL, keeping the time and the actor', async () => {
    const { router, user } = renderApp('/settings/audit-logs?page=2')
    expect(await settledHeaders()).toEqual(['Time', 'Actor', 'Request', 'Target', 'Status'])
    await user.click(within(screen.getByRole('group', { name: 'View' })).getByRole('button', { name: 'Columns' }))
    const chooser = await screen.findByRole('dialog', { name: 'Columns' })
    expect(within(chooser).getByRole('checkbox', { name: /^Time/ })).toBeDisabled()
    await user.click(within(chooser).getByRole('checkbox', { name: 'Request' }))
    await waitFor(() => expect(router.state.location.search).toBe('?page=2&cols=time%2Cactor%2Ctarget%2Cstatus'))
    await user.click(within(chooser).getByRole('button', { name: 'Move Actor up' }))
    await waitFor(() => expect(router.state.location.search).toBe('?page=2&cols=actor%2Ctime%2Ctarget%2Cstatus'))
    expect(await settledHeaders()).toEqual(['Actor', 'Time', 'Target', 'Status'])
    // At the top, "up" does nothing and keeps the focus.
    const up = within(chooser).getByRole('button', { name: 'Move Actor up' })
    expect(up).toHaveAttribute('aria-disabled', 'true')
    await user.click(within(chooser).getByRole('button', { name: 'Reset columns' }))
    await waitFor(() => expect(router.state.location.search).toBe('?page=2'))
  })
})
