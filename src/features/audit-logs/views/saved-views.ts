/**
 * Saved views: a name for a list URL's search (`range=7d&actorType=User&cols=time,actor`), kept as
 * the URL holds it, so a relative range stays relative when the view is opened again. The stored
 * data and imported files are read with zod: a view that does not check out is dropped and
 * counted, never trusted, and the others are kept.
 */
import * as z from 'zod/mini'

import { viewsMessages } from '@/lib/i18n/views-messages'

import { VIEWS_VERSION } from './views-storage'

export const MAX_NAME_LENGTH = 80
/** Far more than any list URL's search; a longer one was not written by this app. */
const MAX_PARAMS_LENGTH = 4000
export const MAX_VIEWS = 100
/** An export of 100 views is a few tens of KiB: a bigger file is not one. */
export const MAX_IMPORT_BYTES = 1_000_000
/** Names the exported file's format, so another JSON file is told apart from an export. */
export const EXPORT_FORMAT = 'audit-log-dashboard/saved-views'

export interface SavedView {
  id: string
  name: string
  /** The list URL's search without `?` or a page: what the view opens. */
  params: string
}

export interface SavedViews {
  views: SavedView[]
  /** The view the page opens on when its URL has no search. */
  defaultId?: string
}

export const NO_VIEWS: SavedViews = { views: [] }

const viewSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_NAME_LENGTH)),
  params: z.string().check(z.maxLength(MAX_PARAMS_LENGTH)),
})

/** The outer shape: views stay `unknown` so one bad view does not cost the others. */
const storedSchema = z.object({
  version: z.literal(VIEWS_VERSION),
  views: z.array(z.unknown()),
  defaultId: z.optional(z.string()),
})

const exportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(VIEWS_VERSION),
  views: z.array(z.unknown()),
})

const versionOf = (data: unknown) =>
  typeof data === 'object' && data !== null && 'version' in data ? (data as { version: unknown }).version : undefined

/** Each view that checks out, in order, skipping repeated ids; the rest counted. */
function readViews(items: readonly unknown[]): { views: SavedView[]; dropped: number } {
  const views: SavedView[] = []
  let dropped = 0
  for (const item of items) {
    const result = viewSchema.safeParse(item)
    if (!result.success || views.some((view) => view.id === result.data.id) || views.length >= MAX_VIEWS) dropped += 1
    else views.push(result.data)
  }
  return { views, dropped }
}

export interface ReadResult {
  saved: SavedViews
  /** What could not be used, said once to the person (undefined: everything was read). */
  notice?: string
}

/** Reads what localStorage holds. Never throws: what cannot be read is ignored and said. */
export function readStoredViews(text: string | null): ReadResult {
  const m = viewsMessages.notices
  if (!text) return { saved: NO_VIEWS }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { saved: NO_VIEWS, notice: m.storedUnreadable }
  }
  const outer = storedSchema.safeParse(data)
  if (!outer.success) {
    const version = versionOf(data)
    const otherVersion = typeof version === 'number' && version !== VIEWS_VERSION
    return { saved: NO_VIEWS, notice: otherVersion ? m.storedOtherVersion : m.storedUnreadable }
  }
  const { views, dropped } = readViews(outer.data.views)
  const defaultId = views.some((view) => view.id === outer.data.defaultId) ? outer.data.defaultId : undefined
  return {
    saved: { views, ...(defaultId !== undefined && { defaultId }) },
    ...(dropped > 0 && { notice: m.storedSomeUnreadable(dropped) }),
  }
}

export function storedViewsText(saved: SavedViews): string {
  return JSON.stringify({ version: VIEWS_VERSION, views: saved.views, defaultId: saved.defaultId })
}

/** The export file: the views alone (which one is the default is this browser's choice). */
export function exportViewsText(saved: SavedViews, source: string): string {
  const views = saved.views.map(({ id, name, params }) => ({ id, name, params }))
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: VIEWS_VERSION, source, views }, null, 2)}\n`
}

export type ImportResult = { ok: true; views: SavedView[]; dropped: number } | { ok: false; problem: string }

/** Reads an export file. A file that is not one imports nothing and says why. */
export function readImportedViews(text: string): ImportResult {
  const m = viewsMessages.notices
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, problem: m.importTooLarge }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { ok: false, problem: m.importNotJson }
  }
  const outer = exportSchema.safeParse(data)
  if (!outer.success) {
    const version = versionOf(data)
    const isExport =
      typeof data === 'object' && data !== null && (data as { format?: unknown }).format === EXPORT_FORMAT
    return {
      ok: false,
      problem: isExport && version !== VIEWS_VERSION ? m.importOtherVersion : m.importNotAnExport,
    }
  }
  return { ok: true, ...readViews(outer.data.views) }
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase()

/** A name for an imported view that no saved view has: "Weekly", then "Weekly (2)"… */
function freeName(name: string, taken: readonly SavedView[]): string {
  if (!taken.some((view) => sameName(view.name, name))) return name
  for (let n = 2; ; n += 1) {
    const candidate = `${name.slice(0, MAX_NAME_LENGTH - 6)} (${n})`
    if (!taken.some((view) => sameName(view.name, candidate))) return candidate
  }
}

/**
 * Adds imported views after the saved ones. A view already here (same name and search) is
 * skipped; a name already taken by another view gets a number; ids are made fresh.
 */
export function withImported(
  saved: SavedViews,
  imported: readonly SavedView[],
  newId: () => string,
): { saved: SavedViews; added: number } {
  const views = [...saved.views]
  let added = 0
  for (const view of imported) {
    if (views.length >= MAX_VIEWS) break
    if (views.some((existing) => sameName(existing.name, view.name) && existing.params === view.params)) continue
    views.push({ id: newId(), name: freeName(view.name, views), params: view.params })
    added += 1
  }
  return { saved: { ...saved, views }, added }
}

export type NameCheck = { ok: true; name: string } | { ok: false; problem: string }

/** A name a person typed, for a new view or a renamed one (`except`: the view being renamed). */
export function checkViewName(raw: string, saved: SavedViews, except?: string): NameCheck {
  const m = viewsMessages
  const name = raw.trim()
  if (!name) return { ok: false, problem: m.nameRequired }
  if (name.length > MAX_NAME_LENGTH) return { ok: false, problem: m.nameTooLong(MAX_NAME_LENGTH) }
  if (saved.views.some((view) => view.id !== except && sameName(view.name, name))) {
    return { ok: false, problem: m.nameTaken(name) }
  }
  return { ok: true, name }
}

export function withViewSaved(saved: SavedViews, view: SavedView): SavedViews {
  return { ...saved, views: [...saved.views, view] }
}

export function withViewRenamed(saved: SavedViews, id: string, name: string): SavedViews {
  return { ...saved, views: saved.views.map((view) => (view.id === id ? { ...view, name } : view)) }
}

export function withViewDeleted(saved: SavedViews, id: string): SavedViews {
  const views = saved.views.filter((view) => view.id !== id)
  return saved.defaultId === id ? { views } : { ...saved, views }
}

/** Makes a view the default, or (`undefined`) leaves the page opening on its plain list. */
export function withDefaultView(saved: SavedViews, id: string | undefined): SavedViews {
  if (id === undefined || !saved.views.some((view) => view.id === id)) return { views: saved.views }
  return { ...saved, defaultId: id }
}
