import { LOSANT_DEMO_ORG_ID } from '@/mocks/losant/demo-constants'

/** Where tests reach the demo API (msw/node intercepts it; nothing listens there). */
export const TEST_API_URL = 'http://demo.test/losant'
export const TEST_ORG_ID = LOSANT_DEMO_ORG_ID
export const LOSANT_LIST_URL = `${TEST_API_URL}/orgs/${TEST_ORG_ID}/audit-logs`
