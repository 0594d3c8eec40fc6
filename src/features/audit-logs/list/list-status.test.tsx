import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { testServer } from '@/test/test-server'
import { renderApp } from '@/testing/render-app'
import { LOSANT_LIST_URL } from '@/testing/test-api'

const fail = (status: number, body: object, headers: Record<string, string> = {}) =>
  testServer.use(http.get(LOSANT_LIST_URL, () => HttpResponse.json(body, { status, headers })))

describe('errors people can act on', () => {
  it('401: points to the Connection page and offers no retry', async () => {
    fail(401, { type: 'Unauthorized', message: 'Invalid authorization token' })
    const { user, router } = renderApp('/settings/audit-logs')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The API token is missing or not valid.')
    expect(alert).toHaveTextContent('Invalid authorization token')
    expect(within(alert).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument()
    await user.click(within(alert).getByRole('link', { name: 'Open Connection settings' }))
    // The route's code loads before the location changes.
    await waitFor(() => expect(router.state.location.pathname).toBe('/settings/connection'))
  })

  it('403: says which token scopes can read the log', async () => {
    fail(403, { type: 'Forbidden', message: 'Token not authorized' })
    renderApp('/settings/audit-logs')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('may not read audit logs')
    expect(alert).toHaveTextContent('all.Organization.read')
  })

  it('404: names the organization as the thing to check', async () => {
    fail(404, { type: 'NotFound', message: 'Organization was not found' })
    renderApp('/settings/audit-logs')
    expect(await screen.findByRole('alert')).toHaveTextContent('Organization was not found')
  })

  it('429: says how long the server asked to wait', async () => {
    fail(429, { type: 'TooManyRequests', message: 'Rate limited' }, { 'Retry-After': '30' })
    renderApp('/settings/audit-logs')
    expect(await screen.findByRole('alert')).toHaveTextContent('It asked us to wait 30 s.')
  })

  it('keeps the last page that loaded when a later one fails', async () => {
    const { user } = renderApp('/settings/audit-logs')
    const table = await screen.findByRole('table', { name: 'Audit logs' })
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(51))
    testServer.use(http.get(LOSANT_LIST_URL, () => HttpResponse.text('<html>gateway</html>', { status: 200 })))
    // Not the next page: that one was prefetched before the server broke.
    await user.click(screen.getByRole('button', { name: 'Last page' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('could not read')
    expect(alert).toHaveTextContent('The rows below are from the last page that loaded.')
    expect(within(table).getAllByRole('row')).toHaveLength(51)
  })
})
