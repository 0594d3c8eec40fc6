import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'

import { getConnectionOverride, resetConnectionOverride } from '@/config/connection-store'
import { testServer } from '@/test/test-server'
import { renderApp } from '@/testing/render-app'
import { LOSANT_LIST_URL, TEST_API_URL, TEST_BLOODHOUND_URL, TEST_ORG_ID } from '@/testing/test-api'

afterEach(() => {
  resetConnectionOverride()
  sessionStorage.clear()
})

describe('Connection page', () => {
  it('explains what is wrong with the form and saves nothing', async () => {
    const { user } = renderApp('/settings/connection')
    await user.type(await screen.findByLabelText('API URL'), 'ftp://example.com')
    await user.type(screen.getByLabelText('Organization ID'), 'not-hex')
    await user.click(screen.getByRole('button', { name: 'Save and use' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('API URL is "ftp://example.com"; it must be an http:// or https:// URL.')
    expect(alert).toHaveTextContent('Organization ID must be a Losant organization id')
    expect(getConnectionOverride().layer).toEqual({})
  })

  it('tests a connection and reports what the server said', async () => {
    const { user } = renderApp('/settings/connection')
    await user.type(await screen.findByLabelText('API URL'), TEST_API_URL)
    await user.type(screen.getByLabelText('Organization ID'), TEST_ORG_ID)
    await user.type(screen.getByLabelText('API token'), 'secret-token-1')
    await user.click(screen.getByRole('button', { name: 'Test connection' }))
    expect(await screen.findByText(/^Connected: [\d,]+ audit log entries can be read\.$/)).toBeInTheDocument()

    testServer.use(
      http.get(LOSANT_LIST_URL, () =>
        HttpResponse.json({ type: 'Unauthorized', message: 'Invalid token' }, { status: 401 }),
      ),
    )
    await user.click(screen.getByRole('button', { name: 'Test connection' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The API token is missing or not valid.')
    expect(alert).not.toHaveTextContent('secret-token-1')
  })

  it('keeps the token in memory unless "Remember for this tab" is chosen, with a warning', async () => {
    const { user, router } = renderApp('/settings/connection')
    await user.type(await screen.findByLabelText('API URL'), 'https://api.losant.com')
    await user.type(screen.getByLabelText('Organization ID'), TEST_ORG_ID)
    await user.type(screen.getByLabelText('API token'), 'secret-token-2')
    await user.click(screen.getByRole('button', { name: 'Save and use' }))
    expect(getConnectionOverride().layer).toMatchObject({ apiUrl: 'https://api.losant.com', token: 'secret-token-2' })
    expect(JSON.stringify({ ...sessionStorage, ...localStorage })).not.toContain('secret-token-2')
    expect(router.state.location.pathname).toBe('/settings/audit-logs')

    // (In the app the saved connection would now be in use; here the page still reads the demo.)
    await act(() => router.navigate('/settings/connection'))
    await user.type(await screen.findByLabelText('API URL'), 'https://api.losant.com')
    await user.type(screen.getByLabelText('Organization ID'), TEST_ORG_ID)
    await user.click(screen.getByRole('checkbox', { name: 'Remember for this tab' }))
    expect(screen.getByText(/anyone using this browser meanwhile can read it/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Save and use' }))
    expect(Object.values({ ...sessionStorage }).join()).toContain('secret-token-2')
    expect(JSON.stringify({ ...localStorage })).not.toContain('secret-token-2')
  })

  it('"Use demo data" switches back to the built-in API', async () => {
    const { user } = renderApp('/settings/connection')
    await user.click(await screen.findByRole('button', { name: 'Use demo data' }))
    expect(getConnectionOverride()).toMatchObject({ demo: true })
  })

  it('is reachable from the Settings menu', async () => {
    const { user, router } = renderApp('/settings/audit-logs')
    await user.click(
      within(await screen.findByRole('navigation', { name: 'Settings' })).getByRole('link', { name: 'Connection' }),
    )
    // The route's code loads before the location changes, and the page renders after that.
    await waitFor(() => expect(router.state.location.pathname).toBe('/settings/connection'))
    expect(await screen.findByRole('heading', { level: 1, name: 'Connection' })).toBeInTheDocument()
  })
})

describe('Connection page: BloodHound secret login', () => {
  async function fillBloodHound(user: ReturnType<typeof renderApp>['user']) {
    await user.selectOptions(await screen.findByLabelText('Source'), 'bloodhound')
    await user.click(screen.getByLabelText('API URL'))
    await user.paste(TEST_BLOODHOUND_URL)
    const form = screen.getByRole('form', { name: 'Sign in to BloodHound' })
    await user.click(within(form).getByLabelText('Username'))
    await user.paste('admin')
    return form
  }

  it('signs in with username and secret and uses the session token, in memory only', async () => {
    const sent: Request[] = []
    testServer.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/api/v2/login')) sent.push(request.clone())
    })
    const { user, router } = renderApp('/settings/connection')
    const form = await fillBloodHound(user)
    await user.click(screen.getByRole('checkbox', { name: 'Remember for this tab' }))
    await user.click(within(form).getByLabelText('Secret'))
    await user.paste('bloodhound-demo-secret')
    // Waiting from before the press: the connection is saved when the login answers.
    const signedIn = waitFor(() => expect(router.state.location.pathname).toBe('/settings/audit-logs'))
    await user.click(within(form).getByRole('button', { name: 'Sign in with secret' }))
    await signedIn
    expect(await sent[0]!.json()).toEqual({
      login_method: 'secret',
      username: 'admin',
      secret: 'bloodhound-demo-secret',
    })
    const { layer, remember } = getConnectionOverride()
    expect(layer).toMatchObject({ sourceId: 'bloodhound', apiUrl: TEST_BLOODHOUND_URL })
    expect(layer.token).toMatch(/^demo-session\./)
    expect(remember).toBe(false)
    expect(JSON.stringify({ ...sessionStorage, ...localStorage })).not.toContain(layer.token)
  })

  it('says when BloodHound refuses the secret, and does not echo it', async () => {
    const { user } = renderApp('/settings/connection')
    const form = await fillBloodHound(user)
    await user.click(within(form).getByLabelText('Secret'))
    await user.paste('not-the-secret-42')
    const refused = within(form).findByRole('alert')
    await user.click(within(form).getByRole('button', { name: 'Sign in with secret' }))
    const alert = await refused
    expect(alert).toHaveTextContent('BloodHound refused the username or secret.')
    expect(alert).toHaveTextContent('authentication is invalid')
    expect(alert).not.toHaveTextContent('not-the-secret-42')
    expect(getConnectionOverride().layer).toEqual({})
  })
})
