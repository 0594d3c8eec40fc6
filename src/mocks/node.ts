// Demo handlers for msw/node (vitest): `setupServer(...createDemoHandlers('http://demo.test'))`.
import { createVendorHandlers, vendorBases } from './demo-handlers'

/** Every vendor's demo API under one origin: Losant at `/losant`, UiPath at `/uipath`, BloodHound at `/bloodhound`. */
export function createDemoHandlers(origin: string) {
  return createVendorHandlers(vendorBases(origin))
}
