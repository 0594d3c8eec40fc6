// The app with OpenID Connect configured: the session is a stand-in (the real one is exercised
// against a real provider in e2e/sign-in/); the demo API answers over msw/node.
import { act, screen, waitFor, within } from '@testing-library/react'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'

import { loadActivityChart } from '@/features/audit-logs/chart/chart-slot'
import { loadSearchBox } from '@/features/audit-logs/query/search-bar'
import type { OidcSession, SessionState } from '@/lib/auth/oidc-session'
import { testServer } from '@/test/test-server'
import { LOSANT_LIST_URL, TEST_API_URL, TEST_ORG_ID } from '@/testing/test-api'

import { App } from './app'

// As in renderApp: the list's own chunks are in before anything renders, so none suspends between
// a test's awaits (outside act()).
await Promise.all([loadSearchBox(), loadActivityChart()])

const fake = vi.hoisted(() => ({ session: undefined as unknown }))

vi.mock('@/lib/auth/oidc-session', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  createOidcSession: () => fake.session,
}))

function fakeSession(initial: SessionState) {
  let state = initial
  let token = 'token-1'
  const listeners = new Set<() => void>()
  const session: OidcSession = {
    getState: () => state,
    subscribe: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    getAccessToken: async () => (state.status === 'signed-in' ? token : undefined),
    renew: vi.fn(async () => false),
    signIn: vi.fn(async () => {}),
    completeSignIn: vi.fn(async () => '/settings/audit-logs'),
    signOut: vi.fn(async () => {}),
  }
  fake.session = session
  return {
    session,
    set(next: SessionState, nextToken = token) {
      token = nextToken
      state = next
      act(() => listeners.forEach((listener) => listener()))
    },
  }
}

/** `page: Authorization` of each request for a page of the list (not the counts or the chart). */
function recordAuthorization(): string[] {
  const seen: string[] = []
  testServer.events.on('request:start', ({ request }) => {
    const url = new URL(request.url)
    if (!request.url.startsWith(LOSANT_LIST_URL) || url.searchParams.get('perPage') !== '50') return
    seen.push(`${url.searchParams.get('page')}: ${request.headers.get('Authorization')}`)
  })
  return seen
}

const baseLayer = {
  sourceId: 'losant',
  apiUrl: TEST_API_URL,
  orgId: TEST_ORG_ID,
  oidcAuthority: 'https://id.example',
  oidcClientId: 'dashboard',
}
const demoApi = { endpoints: { orgId: TEST_ORG_ID, bases: {} as never }, ready: async () => {} }
const ada = { subject: 'sub-ada', name: 'Ada Admin' }

async function rows() {
  const table = await screen.findByRole('table', { name: 'Audit logs' })
  await waitFor(() => expect(table).toHaveAttribute('aria-busy', 'false'))
  return within(table).getAllByRole('row').slice(1)
}

describe('signing in with OpenID Connect', () => {
  it('shows a "Sign in" state, not a 401, and signs in to come back to the same view', async () => {
    window.history.replaceState(null, '', '/settings/audit-logs?page=2')
    const { session } = fakeSession({ status: 'signed-out' })
    const seen = recordAuthorization()
    render(<App baseLayer={baseLayer} demoApi={demoApi} />)
    expect(await screen.findByRole('heading', { name: 'Sign in to read the audit logs' })).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(session.signIn).toHaveBeenCalledWith('/settings/audit-logs?page=2')
    expect(seen).toEqual([])
  })

  // Three list loads and two page turns: slow on a busy machine.
  it(
    'keeps the cache through a renewal, sends the new token, and starts afresh for another person',
    { timeout: 90_000 },
    async () => {
      window.history.replaceState(null, '', '/settings/audit-logs')
      const { session, set } = fakeSession({ status: 'signed-in', user: ada })
      const seen = recordAuthorization()
      render(<App baseLayer={baseLayer} demoApi={demoApi} />)
      expect(await rows()).toHaveLength(50)
      expect(screen.getByRole('group', { name: 'Your account' })).toHaveTextContent('Signed in as Ada Admin')
      // The page, and the next one prefetched.
      await waitFor(() => expect(seen).toEqual(['0: Bearer token-1', '1: Bearer token-1']))

      // A renewal: same person, new token. Nothing is fetched again, nothing blanks.
      set({ status: 'signed-in', user: ada }, 'token-2')
      expect(await rows()).toHaveLength(50)
      expect(seen).toHaveLength(2)
      // The next page comes from the cache; the one after it is fetched with the new token.
      await userEvent.click(screen.getByRole('button', { name: /next page/i }))
      await waitFor(() => expect(seen.at(-1)).toBe('2: Bearer token-2'))
      expect(seen).toHaveLength(3)

      // Another person: an empty cache, read again with their token.
      set({ status: 'signed-in', user: { subject: 'sub-bob', name: 'Bob' } }, 'token-bob')
      await waitFor(() => expect(seen.length).toBeGreaterThan(3))
      expect(seen.slice(3).every((entry) => entry.endsWith('Bearer token-bob'))).toBe(true)

      await userEvent.click(screen.getByRole('button', { name: 'Sign out' }))
      expect(session.signOut).toHaveBeenCalled()
    },
  )

  it('says when consent was refused or the session ended, and offers to sign in again', async () => {
    window.history.replaceState(null, '', '/settings/audit-logs')
    const { set } = fakeSession({ status: 'signed-out', problem: { kind: 'denied' } })
    render(<App baseLayer={baseLayer} demoApi={demoApi} />)
    expect(await screen.findByRole('alert')).toHaveTextContent(/Sign-in was cancelled/)
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument()
    set({ status: 'signed-out', problem: { kind: 'expired' }, user: ada })
    expect(await screen.findByRole('alert')).toHaveTextContent('Your session as Ada Admin has ended.')
    expect(screen.getByRole('button', { name: 'Sign in again' })).toBeInTheDocument()
  })
})
