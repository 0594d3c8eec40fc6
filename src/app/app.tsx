import { Suspense, use, useMemo, useState } from 'react'
import { createBrowserRouter, RouterProvider } from 'react-router'
import type { SettingsLayer } from '@/config/connection-settings'
import { DEFAULT_SOURCE, mergeLayers } from '@/config/connection-settings'
import { useConnectionOverride } from '@/config/connection-store'
import type { SourceId } from '@/sources/audit-source'
import { isSourceId } from '@/sources/source-registry'
import { createSourceClient } from '@/sources/source-client'
import type { Connection } from '@/sources/source-client'
import { messages } from '@/lib/i18n'
import { AppProviders } from './app-providers'
import type { DemoApi } from './demo-api'
import { createQueryClient } from './query-client'
import { routes } from './routes'
import { StartupErrorBoundary } from './startup-error-boundary'

interface Props {
  /** Build-time env merged with `/config.json`, already validated. */
  baseLayer: SettingsLayer
  demoApi: DemoApi
}

/**
 * Resolves where to read from (the Connection page's choice over the base layers) and gives each
 * connection a fresh query cache, so nothing read with one source or token shows under another.
 */
export function App({ baseLayer, demoApi }: Props) {
  const [router] = useState(() => createBrowserRouter(routes))
  const override = useConnectionOverride()
  const layer = override.demo ? { sourceId: override.layer.sourceId ?? baseLayer.sourceId } : mergeLayers(baseLayer, override.layer)
  const sourceId: SourceId = layer.sourceId && isSourceId(layer.sourceId) ? layer.sourceId : DEFAULT_SOURCE

  return (
    <StartupErrorBoundary>
      <Suspense fallback={<p className="app-starting">{messages.app.starting}</p>}>
        {layer.apiUrl ? (
          <ConnectedApp
            connection={{ sourceId, apiUrl: layer.apiUrl, orgId: layer.orgId ?? '', token: layer.token, demo: false }}
            router={router}
          />
        ) : (
          <DemoApp sourceId={sourceId} orgId={layer.orgId} token={layer.token} demoApi={demoApi} router={router} />
        )}
      </Suspense>
    </StartupErrorBoundary>
  )
}

function DemoApp({
  sourceId,
  orgId,
  token,
  demoApi,
  router,
}: {
  sourceId: SourceId
  orgId?: string
  token?: string
  demoApi: DemoApi
  router: ReturnType<typeof createBrowserRouter>
}) {
  const demo = use(demoApi.start())
  const apiUrl = demo.bases[sourceId] ?? demo.bases.losant
  return <ConnectedApp connection={{ sourceId, apiUrl, orgId: orgId ?? demo.orgId, token, demo: true }} router={router} />
}

function ConnectedApp({ connection, router }: { connection: Connection; router: ReturnType<typeof createBrowserRouter> }) {
  const { sourceId, apiUrl, orgId, token, demo } = connection
  // A new connection (or token) starts from an empty cache.
  const { queryClient, sourceClient } = useMemo(
    () => ({
      queryClient: createQueryClient(),
      sourceClient: createSourceClient({ sourceId, apiUrl, orgId, token, demo }),
    }),
    [sourceId, apiUrl, orgId, token, demo],
  )
  return (
    <AppProviders queryClient={queryClient} sourceClient={sourceClient}>
      <RouterProvider router={router} />
    </AppProviders>
  )
}
