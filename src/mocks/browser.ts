// Starts the demo API inside the page (msw service worker) when no real API is configured.
import { setupWorker } from 'msw/browser'
import { LOSANT_DEMO_BASE_PATH, LOSANT_DEMO_ORG_ID } from './losant/demo-constants'
import { createLosantHandlers } from './losant/handlers'

export async function startDemoWorker(): Promise<{ baseUrl: string; orgId: string }> {
  const baseUrl = location.origin + LOSANT_DEMO_BASE_PATH
  // The dataset is built on the first request, not here, so start-up stays quick.
  const worker = setupWorker(...createLosantHandlers({ baseUrl }))
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  })
  return { baseUrl, orgId: LOSANT_DEMO_ORG_ID }
}
