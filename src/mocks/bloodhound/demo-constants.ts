/** Where the browser worker mounts the BloodHound demo API on the app's own origin. */
export const BLOODHOUND_DEMO_BASE_PATH = '/demo-api/bloodhound'

/**
 * The one account the demo's `POST /api/v2/login` accepts (`login_method: "secret"`). Not a
 * secret: it is printed in the README for trying the login form against the demo API.
 */
export const BLOODHOUND_DEMO_LOGIN = { username: 'admin', secret: 'bloodhound-demo-secret' } as const
