// Starts the demo API inside the page (msw service worker) when no real API is configured.
import { setupWorker } from 'msw/browser'
import { BLOODHOUND_DEMO_BASE_PATH } from './bloodhound/demo-constants'
import { createVendorHandlers, type VendorBases } from './demo-handlers'
import { LOSANT_DEMO_BASE_PATH, LOSANT_DEMO_ORG_ID } from './losant/demo-constants'
import { UIPATH_DEMO_BASE_PATH } from './uipath/demo-constants'

export interface DemoWorker {
  /** Losant's base URL (kept for callers that know only Losant). */
  baseUrl: string
  /** Losant's demo organization; UiPath and BloodHound have none. */
  orgId: string
  bases: VendorBases
}

export async function startDemoWorker(): Promise<DemoWorker> {
  const bases: VendorBases = {
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
  return { baseUrl: bases.losant, orgId: LOSANT_DEMO_ORG_ID, bases }
}
