/**
 * `/config.json`, served beside index.html, lets one build be deployed anywhere. It may name the
 * source, API URL (absolute, or a path on this origin) and org — never a token (a file on a web
 * server is public).
 */
import { messages } from '@/lib/i18n'

import type { SettingsLayer } from './connection-settings'

export const RUNTIME_NAMES = {
  sourceId: 'config.json "source"',
  apiUrl: 'config.json "apiUrl"',
  orgId: 'config.json "orgId"',
  oidcAuthority: 'config.json "oidcAuthority"',
  oidcClientId: 'config.json "oidcClientId"',
  oidcScope: 'config.json "oidcScope"',
} as const

/** config.json's keys; each may be left out. Others are ignored, as a schema's object would. */
const KEYS = ['source', 'apiUrl', 'orgId', 'oidcAuthority', 'oidcClientId', 'oidcScope'] as const

export type RuntimeConfigResult = { ok: true; layer: SettingsLayer } | { ok: false; problem: string }

/**
 * `apiUrl` may be a path on this origin ("/vendor-api"): behind a same-origin reverse proxy (the
 * nginx set-up in deploy/) the file need not know the address the dashboard is served from.
 * It is made absolute here, so every later layer and check sees one kind of URL.
 */
function resolveApiUrl(apiUrl: string | undefined, origin: string): string | undefined {
  return apiUrl?.startsWith('/') && !apiUrl.startsWith('//') ? new URL(apiUrl, origin).href.replace(/\/$/, '') : apiUrl
}

export function parseRuntimeConfig(json: unknown, origin = location.origin): RuntimeConfigResult {
  if (typeof json === 'object' && json !== null && 'token' in json) {
    return { ok: false, problem: messages.config.runtime.hasToken }
  }
  // Checked by hand, not with a schema library: this runs before the first paint (decision 004).
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, problem: messages.config.runtime.invalid(messages.config.runtime.notAnObject) }
  }
  const record = json as Record<string, unknown>
  const wrong = KEYS.filter((key) => record[key] !== undefined && typeof record[key] !== 'string')
  if (wrong.length) {
    return { ok: false, problem: messages.config.runtime.invalid(messages.config.runtime.notText(wrong)) }
  }
  const [source, apiUrl, orgId, oidcAuthority, oidcClientId, oidcScope] = KEYS.map(
    (key) => record[key] as string | undefined,
  )
  return {
    ok: true,
    layer: { sourceId: source, apiUrl: resolveApiUrl(apiUrl, origin), orgId, oidcAuthority, oidcClientId, oidcScope },
  }
}

/** A missing file is an empty layer; an unreadable one is a problem to show. */
export async function loadRuntimeConfig(url = '/config.json'): Promise<RuntimeConfigResult> {
  let response: Response
  try {
    response = await fetch(url, { cache: 'no-store', headers: { Accept: 'application/json' } })
  } catch {
    return { ok: true, layer: {} }
  }
  // Hosts that answer every path with index.html have no config.json either.
  const isJson = response.headers.get('content-type')?.includes('json') ?? false
  if (response.status === 404 || (response.ok && !isJson)) return { ok: true, layer: {} }
  if (!response.ok) return { ok: false, problem: messages.config.runtime.loadFailed(response.status) }
  try {
    return parseRuntimeConfig(await response.json())
  } catch {
    return { ok: false, problem: messages.config.runtime.notJson }
  }
}
