/**
 * Bootstrap: read the configuration layers, start the demo API when no API is configured, render.
 * The demo API is loaded lazily so a real deployment never downloads it.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '@/app/app'
import { ConfigErrorScreen } from '@/app/config-error-screen'
import type { DemoApi, DemoEndpoints } from '@/app/demo-api'
import { mergeLayers, validateSettings } from '@/config/connection-settings'
import { envLayer, ENV_NAMES } from '@/config/env-config'
import { loadRuntimeConfig, RUNTIME_NAMES } from '@/config/runtime-config'
import { getConnectionOverride } from '@/config/connection-store'
import { applyTheme, readTheme } from '@/lib/theme/theme-preference'
import { messages } from '@/lib/i18n'
import '@/app/styles/index.css'

// The saved theme, before anything renders (no inline script: the CSP forbids them).
applyTheme(readTheme())

let demoStart: Promise<DemoEndpoints> | undefined
const demoApi: DemoApi = {
  start: () =>
    (demoStart ??= import('@/mocks/browser')
      .then((demo) => demo.startDemoWorker())
      .then(({ baseUrl, orgId, ...rest }) => ({
        orgId,
        bases: { losant: baseUrl, ...('bases' in rest ? (rest.bases as DemoEndpoints['bases']) : {}) },
      }))),
}

async function bootstrap(): Promise<string[] | { baseLayer: ReturnType<typeof mergeLayers> }> {
  const env = envLayer(import.meta.env)
  const problems: string[] = []
  const envCheck = validateSettings(env, ENV_NAMES)
  if (!envCheck.ok) problems.push(...envCheck.problems)
  const runtime = await loadRuntimeConfig()
  if (!runtime.ok) problems.push(runtime.problem)
  else {
    const runtimeCheck = validateSettings(mergeLayers(env, runtime.layer), RUNTIME_NAMES)
    if (!runtimeCheck.ok && envCheck.ok) problems.push(...runtimeCheck.problems)
  }
  if (problems.length) return problems
  const baseLayer = mergeLayers(env, runtime.ok ? runtime.layer : {})
  // Start the demo API while React loads, when it is what the page will read.
  const override = getConnectionOverride()
  if (override.demo || !mergeLayers(baseLayer, override.layer).apiUrl) void demoApi.start().catch(() => {})
  return { baseLayer }
}

const root = createRoot(document.getElementById('root')!)
bootstrap().then(
  (result) =>
    root.render(
      <StrictMode>
        {Array.isArray(result) ? (
          <ConfigErrorScreen problems={result} />
        ) : (
          <App baseLayer={result.baseLayer} demoApi={demoApi} />
        )}
      </StrictMode>,
    ),
  (error: unknown) =>
    root.render(
      <ConfigErrorScreen
        problems={[messages.app.configError.couldNotStart(error instanceof Error ? error.message : String(error))]}
      />,
    ),
)
