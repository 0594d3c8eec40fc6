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
