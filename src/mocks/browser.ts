// Starts the demo API inside the page (msw service worker) when no real API is configured.
import './zod-without-eval'

import { setupWorker } from 'msw/browser'

import { createVendorHandlers, demoBases } from './demo-handlers'

export async function startDemoWorker(): Promise<void> {
  // Datasets are built on the first request, not here, so start-up stays quick.
  const worker = setupWorker(...createVendorHandlers(demoBases(location.origin)))
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  })
}
