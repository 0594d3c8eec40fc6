/**
 * Where a profile's build reads its entries: the demo API on the page's own origin (a service
 * worker, the default), or the mock vendor API over HTTP, as a deployment reads its vendor. The
 * drawer phases fetch an entry once through it before timing, so the API has built its body.
 */
import { LOSANT_DEMO_BASE_PATH, LOSANT_DEMO_ORG_ID } from '../src/mocks/losant/demo-constants'
import type { HttpApi } from './http-api'

export interface EntryApi {
  entryUrl: (id: string) => string
}

export const DEMO_ENTRY_API: EntryApi = {
  entryUrl: (id) => `${LOSANT_DEMO_BASE_PATH}/orgs/${LOSANT_DEMO_ORG_ID}/audit-logs/${id}`,
}

export function httpEntryApi(api: Pick<HttpApi, 'url' | 'orgId'>): EntryApi {
  return { entryUrl: (id) => `${api.url}/orgs/${api.orgId}/audit-logs/${id}` }
}
