/** Where the browser worker mounts the BloodHound demo API on the app's own origin. */
export const BLOODHOUND_DEMO_BASE_PATH = '/demo-api/bloodhound'
