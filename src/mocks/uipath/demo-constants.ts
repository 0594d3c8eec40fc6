/** Where the browser worker mounts the UiPath demo API on the app's own origin. */
export const UIPATH_DEMO_BASE_PATH = '/demo-api/uipath'
