/**
 * Build-time configuration (VITE_AUDIT_*), parsed and validated once at start-up. An invalid
 * value is reported on screen rather than leaving a blank page.
 */
import type { SourceId } from '@/sources/audit-source'
import { isSourceId, SOURCE_IDS } from '@/sources/source-registry'

export interface EnvConfig {
  sourceId: SourceId
  /** Unset means: run on the built-in demo API. */
  apiUrl?: string
  orgId?: string
  /** A dev/QA convenience only; a deployed build should not carry a token. */
  token?: string
}

export type EnvConfigResult = { ok: true; config: EnvConfig } | { ok: false; problems: string[] }

export interface RawEnv {
  VITE_AUDIT_SOURCE?: string
  VITE_AUDIT_API_URL?: string
  VITE_AUDIT_ORG_ID?: string
  VITE_AUDIT_API_TOKEN?: string
}

const ORG_ID_PATTERN = /^[A-Fa-f\d]{24}$/

export function parseEnvConfig(env: RawEnv): EnvConfigResult {
  const problems: string[] = []
  const value = (raw: string | undefined) => (raw?.trim() ? raw.trim() : undefined)

  const source = value(env.VITE_AUDIT_SOURCE) ?? 'losant'
  if (!isSourceId(source)) {
    problems.push(
      `VITE_AUDIT_SOURCE is "${source}"; it must be one of: ${SOURCE_IDS.join(', ')}.`,
    )
  }

  const apiUrl = value(env.VITE_AUDIT_API_URL)
  if (apiUrl && !isHttpUrl(apiUrl)) {
    problems.push(`VITE_AUDIT_API_URL is "${apiUrl}"; it must be an http:// or https:// URL.`)
  }

  const orgId = value(env.VITE_AUDIT_ORG_ID)
  if (orgId && !ORG_ID_PATTERN.test(orgId)) {
    problems.push('VITE_AUDIT_ORG_ID must be a Losant organization id: 24 hexadecimal characters.')
  }
  if (apiUrl && !orgId) {
    problems.push('VITE_AUDIT_ORG_ID is required when VITE_AUDIT_API_URL is set.')
  }

  if (problems.length || !isSourceId(source)) return { ok: false, problems }
  return {
    ok: true,
    config: { sourceId: source, apiUrl, orgId, token: value(env.VITE_AUDIT_API_TOKEN) },
  }
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}
