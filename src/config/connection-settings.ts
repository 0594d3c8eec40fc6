/**
 * Where the dashboard reads from comes in three layers, later ones winning key by key:
 * build-time env (VITE_AUDIT_*) < runtime `/config.json` < the Connection page. A key a layer
 * leaves out or empty leaves the layer below in force.
 */
import { messages } from '@/lib/i18n'
import type { SourceId } from '@/sources/audit-source'
import { isSourceId, SOURCE_IDS, SOURCES } from '@/sources/source-registry'

export interface ConnectionSettings {
  sourceId: SourceId
  /** Unset: the built-in demo API (for `sourceId`'s vendor). */
  apiUrl?: string
  orgId?: string
  /** Never in `/config.json`; in memory, or sessionStorage when the user opts in. */
  token?: string
  /** OpenID Connect sign-in (authorization code + PKCE), when the deployment has one. */
  oidc?: OidcSettings
}

export interface OidcSettings {
  /** The identity provider's issuer URL, e.g. `https://cloud.uipath.com/identity_`. */
  authority: string
  /** A public (non-confidential) client registered with the provider. */
  clientId: string
  /** Space-separated scopes; always includes `openid`. */
  scope: string
}

type LayerKey = 'sourceId' | 'apiUrl' | 'orgId' | 'token' | OidcKey
export type OidcKey = 'oidcAuthority' | 'oidcClientId' | 'oidcScope'
export type SettingsLayer = Partial<Record<LayerKey, string>>

const LAYER_KEYS: readonly LayerKey[] = [
  'sourceId',
  'apiUrl',
  'orgId',
  'token',
  'oidcAuthority',
  'oidcClientId',
  'oidcScope',
]

export const DEFAULT_SOURCE: SourceId = 'losant'

function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}

/** Merges layers (lowest first): a present, non-empty value overrides what is below it. */
export function mergeLayers(...layers: SettingsLayer[]): SettingsLayer {
  const merged: SettingsLayer = {}
  for (const layer of layers) {
    for (const key of LAYER_KEYS) {
      const value = present(layer[key])
      if (value !== undefined) merged[key] = value
    }
  }
  return merged
}

export type SettingsResult = { ok: true; settings: ConnectionSettings } | { ok: false; problems: string[] }

/**
 * Validates merged settings. `names` says how each key is called where it was written, so the
 * message points at the right place (an env variable, a config.json key, a form field).
 */
export function validateSettings(
  raw: SettingsLayer,
  names: Record<'sourceId' | 'apiUrl' | 'orgId', string> & Partial<Record<OidcKey, string>>,
): SettingsResult {
  // Empty and blank values mean "not set", as in every layer.
  const layer = mergeLayers(raw)
  const problems: string[] = []
  const sourceId = layer.sourceId ?? DEFAULT_SOURCE
  if (!isSourceId(sourceId)) {
    problems.push(messages.config.notOneOf(names.sourceId, sourceId.slice(0, 40), SOURCE_IDS))
  }
  const { apiUrl, orgId } = layer
  if (apiUrl !== undefined && !isHttpUrl(apiUrl)) {
    problems.push(messages.config.notHttpUrl(names.apiUrl, apiUrl.slice(0, 100)))
  }
  const organization = isSourceId(sourceId) ? SOURCES[sourceId].organization : undefined
  if (organization) {
    if (orgId !== undefined && !organization.idPattern.test(orgId)) {
      problems.push(messages.config.notLosantOrgId(names.orgId))
    }
    if (apiUrl !== undefined && orgId === undefined) {
      problems.push(messages.config.requiredWith(names.orgId, names.apiUrl))
    }
  }
  const oidc = validateOidc(layer, names, problems)
  if (problems.length || !isSourceId(sourceId)) return { ok: false, problems }
  return { ok: true, settings: { sourceId, apiUrl, orgId, token: layer.token, oidc } }
}

/** The sign-in settings of already-validated layers, if any. */
export function readOidcSettings(layer: SettingsLayer): OidcSettings | undefined {
  return validateOidc(mergeLayers(layer), {}, [])
}

/** Scopes are printable ASCII words (RFC 6749 §3.3) separated by spaces. */
const SCOPE_PATTERN = /^[\x21\x23-\x5B\x5D-\x7E]+( +[\x21\x23-\x5B\x5D-\x7E]+)*$/

function validateOidc(
  layer: SettingsLayer,
  names: Partial<Record<OidcKey, string>>,
  problems: string[],
): OidcSettings | undefined {
  const { oidcAuthority: authority, oidcClientId: clientId, oidcScope: scope } = layer
  const name = (key: OidcKey) => names[key] ?? key
  if (authority === undefined && clientId === undefined) {
    if (scope !== undefined) problems.push(messages.config.requiredWith(name('oidcAuthority'), name('oidcScope')))
    return undefined
  }
  const before = problems.length
  if (authority === undefined) problems.push(messages.config.requiredWith(name('oidcAuthority'), name('oidcClientId')))
  else if (!isHttpUrl(authority))
    problems.push(messages.config.notHttpUrl(name('oidcAuthority'), authority.slice(0, 100)))
  if (clientId === undefined) problems.push(messages.config.requiredWith(name('oidcClientId'), name('oidcAuthority')))
  if (scope !== undefined && !SCOPE_PATTERN.test(scope)) problems.push(messages.config.notScope(name('oidcScope')))
  if (problems.length > before || authority === undefined || clientId === undefined) return undefined
  return { authority: authority.replace(/\/+$/, ''), clientId, scope: withOpenId(scope) }
}

/** `openid` makes the request an OpenID Connect one (an ID token, who signed in); `profile` names them. */
function withOpenId(scope: string | undefined): string {
  const words = (scope ?? '').split(/ +/).filter(Boolean)
  return [...new Set(['openid', 'profile', ...words])].join(' ')
}

export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}
