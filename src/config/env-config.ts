/** Build-time configuration (VITE_AUDIT_*), the lowest settings layer. */
import type { SettingsLayer } from './connection-settings'

export interface RawEnv {
  VITE_AUDIT_SOURCE?: string
  VITE_AUDIT_API_URL?: string
  VITE_AUDIT_ORG_ID?: string
  VITE_AUDIT_API_TOKEN?: string
  VITE_AUDIT_OIDC_AUTHORITY?: string
  VITE_AUDIT_OIDC_CLIENT_ID?: string
  VITE_AUDIT_OIDC_SCOPE?: string
}

/**
 * The app's own build-time settings, each read by its full name. Vite inlines what the code
 * reads: `import.meta.env` as a whole would compile every VITE_* variable of the build's
 * environment into the bundle, whatever it held.
 */
export function readBuildEnv(): RawEnv {
  return {
    VITE_AUDIT_SOURCE: import.meta.env.VITE_AUDIT_SOURCE,
    VITE_AUDIT_API_URL: import.meta.env.VITE_AUDIT_API_URL,
    VITE_AUDIT_ORG_ID: import.meta.env.VITE_AUDIT_ORG_ID,
    VITE_AUDIT_API_TOKEN: import.meta.env.VITE_AUDIT_API_TOKEN,
  }
}

export const ENV_NAMES = {
  sourceId: 'VITE_AUDIT_SOURCE',
  apiUrl: 'VITE_AUDIT_API_URL',
  orgId: 'VITE_AUDIT_ORG_ID',
  oidcAuthority: 'VITE_AUDIT_OIDC_AUTHORITY',
  oidcClientId: 'VITE_AUDIT_OIDC_CLIENT_ID',
  oidcScope: 'VITE_AUDIT_OIDC_SCOPE',
} as const

export function envLayer(env: RawEnv): SettingsLayer {
  return {
    sourceId: env.VITE_AUDIT_SOURCE,
    apiUrl: env.VITE_AUDIT_API_URL,
    orgId: env.VITE_AUDIT_ORG_ID,
    // A dev/QA convenience only: a token in a build is readable by anyone who loads it.
    token: env.VITE_AUDIT_API_TOKEN,
    oidcAuthority: env.VITE_AUDIT_OIDC_AUTHORITY,
    oidcClientId: env.VITE_AUDIT_OIDC_CLIENT_ID,
    oidcScope: env.VITE_AUDIT_OIDC_SCOPE,
  }
}
