import { useMemo, useState } from 'react'
import { createBrowserRouter, RouterProvider } from 'react-router'

import type { SettingsLayer } from '@/config/connection-settings'
import { DEFAULT_SOURCE, mergeLayers } from '@/config/connection-settings'
import { useConnectionOverride } from '@/config/connection-store'
import type { SourceId } from '@/sources/audit-source'
import type { Connection } from '@/sources/source-client'
import { createSourceClient } from '@/sources/source-client'
import { isSourceId } from '@/sources/source-registry'

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
  const layer = override.demo
    ? { sourceId: override.layer.sourceId ?? baseLayer.sourceId }
    : mergeLayers(baseLayer, override.layer)
  const sourceId: SourceId = layer.sourceId && isSourceId(layer.sourceId) ? layer.sourceId : DEFAULT_SOURCE

  return (
    <StartupErrorBoundary>
      <ConnectedApp
        connection={
          layer.apiUrl
            ? { sourceId, apiUrl: layer.apiUrl, orgId: layer.orgId ?? '', token: layer.token, demo: false }
            : // The demo API's addresses are known before it runs: the page renders while it starts.
              {
                sourceId,
                apiUrl: demoApi.endpoints.bases[sourceId],
                orgId: layer.orgId ?? demoApi.endpoints.orgId,
                token: layer.token,
                demo: true,
                ready: demoApi.ready,
              }
        }
        router={router}
      />
    </StartupErrorBoundary>
  )
}

function ConnectedApp({
  connection,
  router,
}: {
  connection: Connection
  router: ReturnType<typeof createBrowserRouter>
}) {
  const { sourceId, apiUrl, orgId, token, demo, ready } = connection
  // A new connection (or token) starts from an empty cache.
  const { queryClient, sourceClient } = useMemo(
    () => ({
      queryClient: createQueryClient(),
      sourceClient: createSourceClient({ sourceId, apiUrl, orgId, token, demo, ready }),
    }),
    [sourceId, apiUrl, orgId, token, demo, ready],
  )
  return (
    <AppProviders queryClient={queryClient} sourceClient={sourceClient}>
      <RouterProvider router={router} />
    </AppProviders>
  )
}
