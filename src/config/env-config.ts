/** Build-time configuration (VITE_AUDIT_*), the lowest settings layer. */
import type { SettingsLayer } from './connection-settings'

export interface RawEnv {
  VITE_AUDIT_SOURCE?: string
  VITE_AUDIT_API_URL?: string
  VITE_AUDIT_ORG_ID?: string
  VITE_AUDIT_API_TOKEN?: string
}

export const ENV_NAMES = {
  sourceId: 'VITE_AUDIT_SOURCE',
  apiUrl: 'VITE_AUDIT_API_URL',
  orgId: 'VITE_AUDIT_ORG_ID',
} as const

export function envLayer(env: RawEnv): SettingsLayer {
  return {
    sourceId: env.VITE_AUDIT_SOURCE,
    apiUrl: env.VITE_AUDIT_API_URL,
    orgId: env.VITE_AUDIT_ORG_ID,
    // A dev/QA convenience only: a token in a build is readable by anyone who loads it.
    token: env.VITE_AUDIT_API_TOKEN,
  }
}
