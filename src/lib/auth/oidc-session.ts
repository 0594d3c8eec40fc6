/**
 * OpenID Connect sign-in (authorization code + PKCE) with oidc-client-ts, loaded only when a
 * deployment configures it and someone signs in. Tokens live in memory only: the user store is an
 * InMemoryWebStorage, so a reload starts signed out. The PKCE verifier and state cross the redirect
 * in sessionStorage (the library's default); they hold no token.
 *
 * The session knows no vendor and no screen. The HTTP client reads `getAccessToken()` when each
 * request is sent and calls `renew()` after a 401; the app keys its cache on `user.subject`, so
 * a renewed token changes nothing on screen.
 */
import type { User, UserManager } from 'oidc-client-ts'

export interface OidcClientSettings {
  authority: string
  clientId: string
  scope: string
}

export interface SessionUser {
  /** The provider's stable id for the person (`sub`). */
  subject: string
  /** What to show: name, username or email. */
  name: string
}

export type SignInProblem =
  | { kind: 'denied' }
  | { kind: 'failed'; code?: string }
  /** The token expired or was refused, and renewing it failed. */
  | { kind: 'expired' }

export type SessionState =
  | { status: 'signed-out'; problem?: SignInProblem; user?: SessionUser }
  | { status: 'busy' }
  | { status: 'signed-in'; user: SessionUser }

export interface OidcSession {
  getState(): SessionState
  subscribe(listener: () => void): () => void
  /** The current access token, or nothing when nobody is signed in. */
  getAccessToken(): Promise<string | undefined>
  /** Renews the token (refresh token); `false`, and a "sign in again" state, when it cannot. */
  renew(): Promise<boolean>
  /** Leaves for the provider; comes back to `returnTo` (a path on this origin, search included). */
  signIn(returnTo: string): Promise<void>
  /** Completes the redirect at `url`; resolves to the path to go back to. Runs once per URL. */
  completeSignIn(url: string): Promise<string>
  signOut(): Promise<void>
}

export const CALLBACK_PATH = '/auth/callback'
const HOME = '/settings/audit-logs'

/** Renew this many seconds before the access token expires. */
const RENEW_AHEAD_SECONDS = 60

function sessionUser(user: User): SessionUser {
  const { sub, name, preferred_username: username, email } = user.profile
  return { subject: sub, name: [name, username, email].find((value) => typeof value === 'string' && value) ?? sub }
}

/** Only a path on this origin is a place to come back to (never another site). */
export function safeReturnPath(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : HOME
}

export function createOidcSession(settings: OidcClientSettings, origin = location.origin): OidcSession {
  let state: SessionState = { status: 'signed-out' }
  const listeners = new Set<() => void>()
  const set = (next: SessionState) => {
    state = next
    listeners.forEach((listener) => listener())
  }

  let managerLoad: Promise<UserManager> | undefined
  const manager = () =>
    (managerLoad ??= import('oidc-client-ts')
      .then(({ InMemoryWebStorage, UserManager, WebStorageStateStore }) => {
        const userManager = new UserManager({
          authority: settings.authority,
          client_id: settings.clientId,
          scope: settings.scope,
          response_type: 'code',
          redirect_uri: origin + CALLBACK_PATH,
          post_logout_redirect_uri: origin + HOME,
          userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
          // Renewed here (addAccessTokenExpiring below), not by the library on its own: one
          // renewal at a time, or a 401's renewal and the scheduled one would race to use a
          // refresh token the provider rotates on first use.
          automaticSilentRenew: false,
          accessTokenExpiringNotificationTimeInSeconds: RENEW_AHEAD_SECONDS,
          // Both need the provider's pages in an iframe, which this app's CSP forbids.
          monitorSession: false,
          loadUserInfo: false,
        })
        userManager.events.addUserLoaded((user) => set({ status: 'signed-in', user: sessionUser(user) }))
        // Ahead of expiry, with a refresh token; without one the session lasts as long as the token.
        userManager.events.addAccessTokenExpiring(() => {
          void userManager.getUser().then((user) => {
            if (user?.refresh_token) void renew()
          })
        })
        // With no refresh token (or a refused one) the session ends when the token does.
        userManager.events.addAccessTokenExpired(() => {
          void userManager.getUser().then((user) => {
            if (!user?.refresh_token) expire()
          })
        })
        return userManager
      })
      .catch((error: unknown) => {
        managerLoad = undefined
        throw error
      }))

  function expire() {
    if (state.status === 'signed-in') set({ status: 'signed-out', problem: { kind: 'expired' }, user: state.user })
  }

  let renewal: Promise<boolean> | undefined
  function renew(): Promise<boolean> {
    // Several requests may meet a 401 at once: one renewal, and none once the session has ended.
    if (!managerLoad || state.status !== 'signed-in') return Promise.resolve(false)
    return (renewal ??= (async () => {
      try {
        const userManager = await manager()
        const user = await userManager.getUser()
        if (!user?.refresh_token) throw new Error('no refresh token')
        return (await userManager.signinSilent()) !== null
      } catch {
        expire()
        return false
      } finally {
        renewal = undefined
      }
    })())
  }

  const completions = new Map<string, Promise<string>>()

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async getAccessToken() {
      if (!managerLoad || state.status !== 'signed-in') return undefined
      if (renewal) await renewal
      const userManager = await manager()
      let user = await userManager.getUser()
      // Asleep past the renewal (a suspended laptop): renew before sending a token that will fail.
      if (user?.expired && user.refresh_token && (await renew())) user = await userManager.getUser()
      return user && !user.expired ? user.access_token : undefined
    },
    renew,
    async signIn(returnTo) {
      const previous = state
      set({ status: 'busy' })
      try {
        await (await manager()).signinRedirect({ state: { returnTo: safeReturnPath(returnTo) } })
      } catch (error) {
        set({ ...previous, status: 'signed-out', problem: { kind: 'failed', code: errorCode(error) } })
      }
    },
    completeSignIn(url) {
      let completion = completions.get(url)
      if (!completion) {
        completion = (async () => {
          set({ status: 'busy' })
          try {
            const user = await (await manager()).signinRedirectCallback(url)
            set({ status: 'signed-in', user: sessionUser(user) })
            return safeReturnPath((user.state as { returnTo?: unknown } | undefined)?.returnTo)
          } catch (error) {
            const code = errorCode(error)
            set({
              status: 'signed-out',
              problem: code === 'access_denied' ? { kind: 'denied' } : { kind: 'failed', code },
            })
            const returnTo = (error as { state?: { returnTo?: unknown } } | undefined)?.state?.returnTo
            return safeReturnPath(returnTo)
          }
        })()
        completions.set(url, completion)
      }
      return completion
    },
    async signOut() {
      if (!managerLoad) return set({ status: 'signed-out' })
      // A renewal finishing after the user is removed would store them again.
      await renewal
      const userManager = await manager()
      const user = await userManager.getUser()
      await userManager.removeUser()
      set({ status: 'signed-out' })
      // Ends the provider's session too, so "Sign in" asks again; without an ID token, local only.
      if (user?.id_token) {
        await userManager.signoutRedirect({ id_token_hint: user.id_token }).catch(() => undefined)
      }
    },
  }
}

/** The OAuth error code only (`access_denied`, `invalid_scope`…): never a message that could echo a token. */
function errorCode(error: unknown): string | undefined {
  const code = (error as { error?: unknown } | null)?.error
  return typeof code === 'string' && /^[\w.-]{1,64}$/.test(code) ? code : undefined
}
