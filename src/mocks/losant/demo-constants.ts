/** The one organization the demo API knows; any other orgId answers 404. */
export const LOSANT_DEMO_ORG_ID = '5f1e0c6a9d3b2a0017c4e8a1'

/** Where the browser worker mounts the demo API on the app's own origin. */
export const LOSANT_DEMO_BASE_PATH = '/demo-api/losant'
