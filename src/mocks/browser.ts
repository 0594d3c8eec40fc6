// Starts the demo API inside the page (msw service worker) when no real API is configured.
import './zod-without-eval'

import { setupWorker } from 'msw/browser'

import { BLOODHOUND_DEMO_BASE_PATH } from './bloodhound/demo-constants'
import { createVendorHandlers } from './demo-handlers'
import { LOSANT_DEMO_BASE_PATH } from './losant/demo-constants'
import { UIPATH_DEMO_BASE_PATH } from './uipath/demo-constants'

export async function startDemoWorker(): Promise<void> {
  const bases = {
    losant: location.origin + LOSANT_DEMO_BASE_PATH,
    uipath: location.origin + UIPATH_DEMO_BASE_PATH,
    bloodhound: location.origin + BLOODHOUND_DEMO_BASE_PATH,
  }
  // Datasets are built on the first request, not here, so start-up stays quick.
  const worker = setupWorker(...createVendorHandlers(bases))
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  })
}
