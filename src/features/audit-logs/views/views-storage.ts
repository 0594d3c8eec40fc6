/**
 * Where saved views live: localStorage, one entry per source, API and organization (views are not
 * secrets; the token is never part of a view, since it is never in the URL). This module is on the
 * first load, for the default view only: it reads with plain checks, while the whole store is
 * validated with zod in the views chunk (saved-views.ts), which loads when the menu is opened.
 */

/** The version of the stored shape; data of any other version is ignored, with a notice. */
export const VIEWS_VERSION = 1

/** The source client's scope: source id, API URL and organization id. */
export type ViewsScope = readonly [sourceId: string, apiUrl: string, orgId: string]

export function savedViewsKey([sourceId, apiUrl, orgId]: ViewsScope): string {
  return ['audit-dashboard.views', sourceId, orgId, apiUrl].map(encodeURIComponent).join(':')
}

/** The stored text, or null when there is none or storage is unavailable (disabled, sandboxed). */
export function readStoredText(key: string, storage: Storage | undefined = globalThis.localStorage): string | null {
  try {
    return storage?.getItem(key) ?? null
  } catch {
    return null
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

/**
 * The URL search of the view the page opens on, or undefined. Anything unexpected is no default:
 * the menu, when opened, says what it could not read. The search itself goes through the URL's
 * own parser when the page reads it, which drops and reports whatever it cannot use.
 */
export function readDefaultViewSearch(text: string | null): string | undefined {
  if (!text) return undefined
  try {
    const stored: unknown = JSON.parse(text)
    if (!isRecord(stored) || stored.version !== VIEWS_VERSION || !Array.isArray(stored.views)) return undefined
    const view: unknown = stored.views.find((candidate) => isRecord(candidate) && candidate.id === stored.defaultId)
    return isRecord(view) && typeof view.params === 'string' && view.params ? view.params : undefined
  } catch {
    return undefined
  }
}
