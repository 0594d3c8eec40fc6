import { useCallback, useEffect, useState } from 'react'

import { viewsMessages } from '@/lib/i18n/views-messages'

import type { SavedView, SavedViews } from './saved-views'
import {
  checkViewName,
  MAX_VIEWS,
  readImportedViews,
  readStoredViews,
  storedViewsText,
  withDefaultView,
  withImported,
  withViewDeleted,
  withViewRenamed,
  withViewSaved,
} from './saved-views'
import { readStoredText } from './views-storage'

/** What the last action (or reading the store) has to say; `problem` for what went wrong. */
export interface ViewsNotice {
  text: string
  problem: boolean
}

export type ActionResult = { ok: true } | { ok: false; problem: string }

const newId = () =>
  globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`

function write(key: string, saved: SavedViews): boolean {
  try {
    localStorage.setItem(key, storedViewsText(saved))
    return true
  } catch {
    return false
  }
}

const done = (text: string): ViewsNotice => ({ text, problem: false })

interface State {
  saved: SavedViews
  notice?: ViewsNotice
}

function readState(text: string | null): State {
  const read = readStoredViews(text)
  return { saved: read.saved, ...(read.notice !== undefined && { notice: { text: read.notice, problem: true } }) }
}

/**
 * The saved views of one source and organization (`key`; mount again for another key), read when
 * the menu opens and written on each change. Another tab's changes arrive through the `storage`
 * event. Nothing here throws on bad data: it is ignored and said in `notice`.
 */
export function useSavedViews(key: string) {
  const [{ saved, notice }, setState] = useState(() => readState(readStoredText(key)))

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === key) setState(readState(event.newValue))
    }
    window.addEventListener('storage', onStorage)
    return () => window.removeEventListener('storage', onStorage)
  }, [key])

  const commit = useCallback(
    (next: SavedViews, said: ViewsNotice) => {
      const stored = write(key, next)
      setState({ saved: next, notice: stored ? said : { text: viewsMessages.storageFailed, problem: true } })
    },
    [key],
  )
  const m = viewsMessages

  const save = useCallback(
    (rawName: string, params: string): ActionResult => {
      const name = checkViewName(rawName, saved)
      if (!name.ok) return name
      if (saved.views.length >= MAX_VIEWS) return { ok: false, problem: m.tooMany(MAX_VIEWS) }
      commit(withViewSaved(saved, { id: newId(), name: name.name, params }), done(m.saved(name.name)))
      return { ok: true }
    },
    [saved, commit, m],
  )
  const rename = useCallback(
    (view: SavedView, rawName: string): ActionResult => {
      const name = checkViewName(rawName, saved, view.id)
      if (!name.ok) return name
      commit(withViewRenamed(saved, view.id, name.name), done(m.renamed(name.name)))
      return { ok: true }
    },
    [saved, commit, m],
  )
  const remove = useCallback(
    (view: SavedView) => commit(withViewDeleted(saved, view.id), done(m.deleted(view.name))),
    [saved, commit, m],
  )
  const toggleDefault = useCallback(
    (view: SavedView) => {
      const making = saved.defaultId !== view.id
      commit(
        withDefaultView(saved, making ? view.id : undefined),
        done(making ? m.defaultSet(view.name) : m.defaultUnset),
      )
    },
    [saved, commit, m],
  )
  /** Adds the views of an export file; `normalize` rewrites each search as this source reads it. */
  const importText = useCallback(
    (text: string, normalize: (params: string) => string) => {
      const read = readImportedViews(text)
      if (!read.ok) {
        setState({ saved, notice: { text: read.problem, problem: true } })
        return
      }
      const views = read.views.map((view) => ({ ...view, params: normalize(view.params) }))
      const { saved: next, added } = withImported(saved, views, newId)
      if (added === 0 && read.dropped === 0) setState({ saved, notice: done(m.nothingNew) })
      else commit(next, { text: m.imported(added, read.dropped), problem: read.dropped > 0 })
    },
    [saved, commit, m],
  )
  const say = useCallback((next: ViewsNotice | undefined) => setState((current) => ({ ...current, notice: next })), [])

  return { saved, notice, save, rename, remove, toggleDefault, importText, say }
}
