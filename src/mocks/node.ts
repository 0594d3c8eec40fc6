// Demo handlers for msw/node (vitest): `setupServer(...createDemoHandlers('http://demo.test/losant'))`.
import { createLosantHandlers } from './losant/handlers'

/** Every vendor's demo API under one base URL; today only Losant, served at the base itself. */
export function createDemoHandlers(baseUrl: string) {
  return [...createLosantHandlers({ baseUrl })]
}
