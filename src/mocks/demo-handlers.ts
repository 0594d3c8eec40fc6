// Every vendor's demo API: one line each in VENDORS, each mounted at its own base URL. The
// product's source registry lists the same ids (src/app/vendor-wiring.test.ts checks it);
// this side imports no product code, so a test against it can catch an adapter that misreads
// its vendor's contract.
import { BLOODHOUND_DEMO_BASE_PATH } from './bloodhound/demo-constants'
import { createBloodHoundHandlers } from './bloodhound/handlers'
import { LOSANT_DEMO_BASE_PATH } from './losant/demo-constants'
import { createLosantHandlers } from './losant/handlers'
import { UIPATH_DEMO_BASE_PATH } from './uipath/demo-constants'
import { createUiPathHandlers } from './uipath/handlers'

export const VENDORS = {
  losant: { createHandlers: createLosantHandlers, demoBasePath: LOSANT_DEMO_BASE_PATH },
  uipath: { createHandlers: createUiPathHandlers, demoBasePath: UIPATH_DEMO_BASE_PATH },
  bloodhound: { createHandlers: createBloodHoundHandlers, demoBasePath: BLOODHOUND_DEMO_BASE_PATH },
}

export type VendorId = keyof typeof VENDORS
export const VENDOR_IDS = Object.keys(VENDORS) as VendorId[]
export type VendorBases = Record<VendorId, string>

export function createVendorHandlers(bases: VendorBases) {
  return VENDOR_IDS.flatMap((id) => VENDORS[id].createHandlers({ baseUrl: bases[id] }))
}

function basesFor(base: (id: VendorId) => string): VendorBases {
  return Object.fromEntries(VENDOR_IDS.map((id) => [id, base(id)])) as VendorBases
}

/** Every vendor under one origin: `${origin}/losant`, `${origin}/uipath`, `${origin}/bloodhound`… */
export function vendorBases(origin: string): VendorBases {
  const root = origin.replace(/\/+$/, '')
  return basesFor((id) => `${root}/${id}`)
}

/** Where the in-page demo API mounts each vendor on the app's own origin. */
export function demoBases(origin: string): VendorBases {
  return basesFor((id) => origin + VENDORS[id].demoBasePath)
}
