/**
 * Bootstrap: read the configuration layers, start the demo API when no API is configured, render.
 * The demo API is loaded lazily so a real deployment never downloads it.
 */
import '@/app/styles/index.css'

import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

import { App } from '@/app/app'
import { ConfigErrorScreen } from '@/app/config-error-screen'
import type { DemoApi } from '@/app/demo-api'
import { demoEndpoints } from '@/app/demo-api'
import { startFirstPage } from '@/app/first-page'
import { mergeLayers, validateSettings } from '@/config/connection-settings'
import { ENV_NAMES, envLayer, readBuildEnv } from '@/config/env-config'
import { loadRuntimeConfig, RUNTIME_NAMES } from '@/config/runtime-config'
import { messages } from '@/lib/i18n'
import { applyTheme, readTheme } from '@/lib/theme/theme-preference'

// The saved theme, before anything renders (no inline script: the CSP forbids them).
applyTheme(readTheme())

let demoStart: Promise<void> | undefined
// msw stops answering a page once it begins to unload (its worker lets that page's requests through
// to the network, where the demo API's paths are a 404): a request asked for then never leaves.
let unloading = false
addEventListener('beforeunload', () => (unloading = true))
addEventListener('pageshow', () => (unloading = false))
const demoApi: DemoApi = {
  endpoints: demoEndpoints(location.origin),
  // Loaded on first use, so a deployment with a real API never downloads it. A failed start is
  // said by the request that waited for it, and tried again by the next one (Retry).
  ready: () =>
    unloading
      ? new Promise<void>(() => {})
      : (demoStart ??= import('@/mocks/browser')
          .then((demo) => demo.startDemoWorker())
          .catch((error: unknown) => {
            demoStart = undefined
            throw new Error(messages.app.demoApiFailed(error instanceof Error ? error.message : String(error)))
          })),
}

async function bootstrap(): Promise<string[] | { baseLayer: ReturnType<typeof mergeLayers> }> {
  const env = envLayer(readBuildEnv())
  // The decoder's chunks are already downloading (index.html preloads them): importing them here
  // would run them (zod schemas, the method map) on the main thread before the list's request
  // leaves. The source client imports the decoder right after that request is sent.
  const runtimeLoad = loadRuntimeConfig()
  const problems: string[] = []
  const envCheck = validateSettings(env, ENV_NAMES)
  if (!envCheck.ok) problems.push(...envCheck.problems)
  const runtime = await runtimeLoad
  if (!runtime.ok) problems.push(runtime.problem)
  else {
    const runtimeCheck = validateSettings(mergeLayers(env, runtime.layer), RUNTIME_NAMES)
    if (!runtimeCheck.ok && envCheck.ok) problems.push(...runtimeCheck.problems)
  }
  if (problems.length) return problems
  // The demo API starts with the page's first request, after the first paint: fetching it earlier
  // would compete with the app's own code for the network.
  return { baseLayer: mergeLayers(env, runtime.ok ? runtime.layer : {}) }
}

const root = createRoot(document.getElementById('root')!)
bootstrap().then(
  (result) => {
    // The list's request leaves before React renders the page that shows it.
    if (!Array.isArray(result)) startFirstPage(result.baseLayer, demoApi)
    root.render(
      <StrictMode>
        {Array.isArray(result) ? (
          <ConfigErrorScreen problems={result} />
        ) : (
          <App baseLayer={result.baseLayer} demoApi={demoApi} />
        )}
      </StrictMode>,
    )
  },
  (error: unknown) =>
    root.render(
      <ConfigErrorScreen
        problems={[messages.app.configError.couldNotStart(error instanceof Error ? error.message : String(error))]}
      />,
    ),
)
