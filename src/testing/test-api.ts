import { LOSANT_DEMO_ORG_ID } from '@/mocks/losant/demo-constants'

/** Where tests reach the demo APIs (msw/node intercepts them; nothing listens there). */
export const TEST_ORIGIN = 'http://demo.test'
export const TEST_API_URL = `${TEST_ORIGIN}/losant`
/** UiPath's `{baseURL}` (organization and tenant are part of it on a real server). */
export const TEST_UIPATH_URL = `${TEST_ORIGIN}/uipath`
export const TEST_BLOODHOUND_URL = `${TEST_ORIGIN}/bloodhound`
export const TEST_ORG_ID = LOSANT_DEMO_ORG_ID
export const LOSANT_LIST_URL = `${TEST_API_URL}/orgs/${TEST_ORG_ID}/audit-logs`
