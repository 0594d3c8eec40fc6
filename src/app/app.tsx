import { useMemo, useState, useSyncExternalStore } from 'react'
import { createBrowserRouter, RouterProvider } from 'react-router'

import type { SettingsLayer } from '@/config/connection-settings'
import { readOidcSettings } from '@/config/connection-settings'
import { useConnectionOverride } from '@/config/connection-store'
import type { OidcSession } from '@/lib/auth/oidc-session'
import { createOidcSession } from '@/lib/auth/oidc-session'
import { SessionContext } from '@/lib/auth/session-context'
import type { Connection } from '@/sources/source-client'

import { AppProviders } from './app-providers'
import { clientsFor, connectionFor, createConnectionClients, resolveLayer } from './connection-clients'
import type { DemoApi } from './demo-api'
import { routes } from './routes'
import { StartupErrorBoundary } from './startup-error-boundary'

interface Props {
  /** Build-time env merged with `/config.json`, already validated. */
  baseLayer: SettingsLayer
  demoApi: DemoApi
}

const noSubscription = () => () => {}
const noUser = () => undefined

/**
 * Resolves where to read from (the Connection page's choice over the base layers) and gives each
 * connection a fresh query cache, so nothing read with one source, token or signed-in person
 * shows under another. A renewed token is not a new connection: requests read it when sent.
 */
export function App({ baseLayer, demoApi }: Props) {
  const [router] = useState(() => createBrowserRouter(routes))
  // One sign-in session per page, when the deployment configures OpenID Connect.
  const [oidcSession] = useState(() => {
    const oidc = readOidcSettings(baseLayer)
    return oidc ? createOidcSession(oidc) : null
  })
  const override = useConnectionOverride()
  const { layer, sourceId } = resolveLayer(baseLayer, override)
  // A token pasted on the Connection page (an API token) wins over signing in.
  const session = layer.token ? null : oidcSession

  return (
    <StartupErrorBoundary>
      <SessionContext value={session}>
        <ConnectedApp connection={connectionFor(layer, sourceId, demoApi)} session={session} router={router} />
      </SessionContext>
    </StartupErrorBoundary>
  )
}

function ConnectedApp({
  connection,
  session,
  router,
}: {
  connection: Connection
  session: OidcSession | null
  router: ReturnType<typeof createBrowserRouter>
}) {
  const { sourceId, apiUrl, orgId, token, demo, ready } = connection
  // Who is signed in (not their token, which is renewed every hour or so) names the cache.
  const subject = useSyncExternalStore(
    session ? session.subscribe : noSubscription,
    session ? () => signedInSubject(session) : noUser,
    noUser,
  )
  // A new connection, pasted token or signed-in person starts from an empty cache.
  const { queryClient, sourceClient } = useMemo(
    () =>
      session
        ? createConnectionClients({
            sourceId,
            apiUrl,
            orgId,
            getToken: session.getAccessToken,
            renewToken: session.renew,
            demo,
            ready,
          })
        : // The entry may have started this connection's first page already (first-page.ts).
          clientsFor({ sourceId, apiUrl, orgId, token, demo, ready }),
    // `subject` is a dependency on purpose: it is the cache's identity, though no request reads it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [sourceId, apiUrl, orgId, token, demo, ready, session, subject],
  )
  return (
    <AppProviders queryClient={queryClient} sourceClient={sourceClient}>
      <RouterProvider router={router} />
    </AppProviders>
  )
}

function signedInSubject(session: OidcSession): string | undefined {
  const state = session.getState()
  return state.status === 'signed-in' ? state.user.subject : undefined
}
