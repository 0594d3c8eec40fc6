/** The dashboard's version (package.json), compiled in: evidence manifests say which build made them. */
export const APP_VERSION: string = __APP_VERSION__
