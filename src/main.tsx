/**
 * Bootstrap: read the configuration, start the demo API when no API is configured, render.
 * The demo API is loaded lazily so a real deployment never downloads it.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '@/app/app'
import { ConfigErrorScreen } from '@/app/config-error-screen'
import { parseEnvConfig } from '@/config/env-config'
import type { Connection } from '@/sources/source-client'
import '@/app/styles/index.css'

async function resolveConnection(): Promise<Connection | string[]> {
  const parsed = parseEnvConfig(import.meta.env)
  if (!parsed.ok) return parsed.problems
  const { sourceId, apiUrl, orgId, token } = parsed.config
  if (apiUrl && orgId) return { sourceId, apiUrl, orgId, token, demo: false }
  const { startDemoWorker } = await import('@/mocks/browser')
  const demo = await startDemoWorker()
  return { sourceId, apiUrl: demo.baseUrl, orgId: orgId ?? demo.orgId, token, demo: true }
}

const root = createRoot(document.getElementById('root')!)
resolveConnection().then(
  (connection) =>
    root.render(
      <StrictMode>
        {Array.isArray(connection) ? (
          <ConfigErrorScreen problems={connection} />
        ) : (
          <App connection={connection} />
        )}
      </StrictMode>,
    ),
  (error: unknown) =>
    root.render(
      <ConfigErrorScreen
        problems={[`The built-in demo API could not start: ${error instanceof Error ? error.message : String(error)}`]}
      />,
    ),
)
