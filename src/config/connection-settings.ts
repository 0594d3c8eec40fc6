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
}

export type SettingsLayer = Partial<Record<keyof ConnectionSettings, string>>

export const DEFAULT_SOURCE: SourceId = 'losant'

function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}

/** Merges layers (lowest first): a present, non-empty value overrides what is below it. */
export function mergeLayers(...layers: SettingsLayer[]): SettingsLayer {
  const merged: SettingsLayer = {}
  for (const layer of layers) {
    for (const key of ['sourceId', 'apiUrl', 'orgId', 'token'] as const) {
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
  names: Record<'sourceId' | 'apiUrl' | 'orgId', string>,
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
  if (problems.length || !isSourceId(sourceId)) return { ok: false, problems }
  return { ok: true, settings: { sourceId, apiUrl, orgId, token: layer.token } }
}

export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}
