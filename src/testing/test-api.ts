import { vendorBases } from '@/mocks/demo-handlers'
import { LOSANT_DEMO_ORG_ID } from '@/mocks/losant/demo-constants'

/** Where tests reach the demo APIs (msw/node intercepts them; nothing listens there). */
export const TEST_ORIGIN = 'http://demo.test'
/** Each vendor's base URL in tests, e.g. `http://demo.test/uipath` (UiPath's `{baseURL}`). */
export const TEST_API_URLS = vendorBases(TEST_ORIGIN)
export const TEST_API_URL = TEST_API_URLS.losant
export const TEST_UIPATH_URL = TEST_API_URLS.uipath
export const TEST_BLOODHOUND_URL = TEST_API_URLS.bloodhound
export const TEST_ORG_ID = LOSANT_DEMO_ORG_ID
export const LOSANT_LIST_URL = `${TEST_API_URL}/orgs/${TEST_ORG_ID}/audit-logs`
