// Where the in-page demo API answers: fixed paths on the app's own origin, so the page can render
// (and queue its first requests) before the worker that serves them has started.
import { BLOODHOUND_DEMO_BASE_PATH } from './bloodhound/demo-constants'
import { LOSANT_DEMO_BASE_PATH, LOSANT_DEMO_ORG_ID } from './losant/demo-constants'
import { UIPATH_DEMO_BASE_PATH } from './uipath/demo-constants'

export const DEMO_ORG_ID = LOSANT_DEMO_ORG_ID

export function browserDemoBases(origin: string) {
  return {
    losant: origin + LOSANT_DEMO_BASE_PATH,
    uipath: origin + UIPATH_DEMO_BASE_PATH,
    bloodhound: origin + BLOODHOUND_DEMO_BASE_PATH,
  }
}
