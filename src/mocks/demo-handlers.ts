// Every vendor's demo handlers, each mounted at its own base URL.
import { createBloodHoundHandlers } from './bloodhound/handlers'
import { createLosantHandlers } from './losant/handlers'
import { createUiPathHandlers } from './uipath/handlers'

export interface VendorBases {
  losant: string
  uipath: string
  bloodhound: string
}

export function createVendorHandlers(bases: VendorBases) {
  return [
    ...createLosantHandlers({ baseUrl: bases.losant }),
    ...createUiPathHandlers({ baseUrl: bases.uipath }),
    ...createBloodHoundHandlers({ baseUrl: bases.bloodhound }),
  ]
}

/** The three vendors under one origin: `${origin}/losant`, `${origin}/uipath`, `${origin}/bloodhound`. */
export function vendorBases(origin: string): VendorBases {
  const root = origin.replace(/\/+$/, '')
  return { losant: `${root}/losant`, uipath: `${root}/uipath`, bloodhound: `${root}/bloodhound` }
}
