import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { parseListView, viewParams } from '@/features/audit-logs/search/audit-search-params'
import { searchContext } from '@/features/audit-logs/search/use-audit-search'
import { viewsMessages } from '@/lib/i18n/views-messages'
import { losantSource } from '@/sources/losant/losant-source'
import { uipathSource } from '@/sources/uipath/uipath-source'

import type { SavedView, SavedViews } from './saved-views'
import {
  checkViewName,
  EXPORT_FORMAT,
  exportViewsText,
  NO_VIEWS,
  readImportedViews,
  readStoredViews,
  storedViewsText,
  withDefaultView,
  withImported,
  withViewDeleted,
  withViewRenamed,
  withViewSaved,
} from './saved-views'
import { readDefaultViewSearch, readStoredText, savedViewsKey } from './views-storage'

const n = viewsMessages.notices
const WEEKLY: SavedView = { id: 'a', name: 'Weekly deletes', params: 'request=device.delete&range=7d' }
const ERRORS: SavedView = { id: 'b', name: 'Server errors', params: 'status=5xx&cols=time%2Cactor%2Cstatus' }
const TWO: SavedViews = { views: [WEEKLY, ERRORS], defaultId: 'b' }

let counter = 0
const newId = () => `new-${(counter += 1)}`

/** A Storage over a Map, as localStorage is for one origin. */
function memoryStorage(): Storage {
  const map = new Map<string, string>()
  return {
    get length() {
      return map.size
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, String(value)),
  }
}

describe('stored views', () => {
  it('reads back what it stored, the default included', () => {
    expect(readStoredViews(storedViewsText(TWO))).toEqual({ saved: TWO })
    expect(readStoredViews(null)).toEqual({ saved: NO_VIEWS })
  })

  it('ignores data it cannot read, with a notice, and never throws', () => {
    for (const text of ['{', 'null', '42', '"views"', '[]', '{"views":[]}', '{"version":1,"views":{}}']) {
      expect(readStoredViews(text)).toEqual({ saved: NO_VIEWS, notice: n.storedUnreadable })
    }
  })

  it('ignores data of another version with its own notice', () => {
    const old = JSON.stringify({ version: 0, views: [WEEKLY] })
    expect(readStoredViews(old)).toEqual({ saved: NO_VIEWS, notice: n.storedOtherVersion })
    expect(readStoredViews(JSON.stringify({ version: 2, views: [] })).notice).toBe(n.storedOtherVersion)
  })

  it('drops only the views that do not check out, keeps the others, and says how many', () => {
    const text = JSON.stringify({
      version: 1,
      defaultId: 'gone',
      views: [
        WEEKLY,
        { id: 'x', name: '', params: '' },
        'nonsense',
        { ...WEEKLY },
        { id: 'y', name: 'No params' },
        ERRORS,
      ],
    })
    const read = readStoredViews(text)
    expect(read.saved).toEqual({ views: [WEEKLY, ERRORS] })
    expect(read.notice).toBe(n.storedSomeUnreadable(4))
  })

  it('never reads a default from data that is not a view store, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(() => readStoredViews(text)).not.toThrow()
        expect(() => readDefaultViewSearch(text)).not.toThrow()
      }),
    )
    expect(readDefaultViewSearch(storedViewsText(TWO))).toBe(ERRORS.params)
    expect(readDefaultViewSearch(storedViewsText({ views: [WEEKLY] }))).toBeUndefined()
    expect(readDefaultViewSearch(JSON.stringify({ version: 2, views: [ERRORS], defaultId: 'b' }))).toBeUndefined()
  })

  it('keeps each source and organization apart', () => {
    const storage = memoryStorage()
    const losantA = savedViewsKey(['losant', 'https://api.losant.com', 'org-a'])
    const losantB = savedViewsKey(['losant', 'https://api.losant.com', 'org-b'])
    const uipath = savedViewsKey(['uipath', 'https://cloud.uipath.com/acme/tenant', ''])
    expect(new Set([losantA, losantB, uipath]).size).toBe(3)
    storage.setItem(losantA, storedViewsText(TWO))
    expect(readDefaultViewSearch(readStoredText(losantA, storage))).toBe(ERRORS.params)
    expect(readDefaultViewSearch(readStoredText(losantB, storage))).toBeUndefined()
    expect(readStoredViews(readStoredText(uipath, storage))).toEqual({ saved: NO_VIEWS })
  })

  it('reads nothing, without throwing, when storage refuses', () => {
    const refusing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError')
      },
    } as unknown as Storage
    expect(readStoredText('key', refusing)).toBeNull()
  })
})

describe('changing views', () => {
  it('saves, renames, deletes and sets the default', () => {
    const one = withViewSaved(NO_VIEWS, WEEKLY)
    const both = withDefaultView(withViewSaved(one, ERRORS), 'a')
    expect(both).toEqual({ views: [WEEKLY, ERRORS], defaultId: 'a' })
    expect(withViewRenamed(both, 'b', '5xx').views[1]).toEqual({ ...ERRORS, name: '5xx' })
    expect(withViewDeleted(both, 'b')).toEqual({ views: [WEEKLY], defaultId: 'a' })
    // Deleting the default leaves the page opening on its plain list.
    expect(withViewDeleted(both, 'a')).toEqual({ views: [ERRORS] })
    expect(withDefaultView(both, undefined)).toEqual({ views: [WEEKLY, ERRORS] })
    expect(withDefaultView(both, 'unknown')).toEqual({ views: [WEEKLY, ERRORS] })
  })

  it('checks names: given, not too long, not taken (case aside) by another view', () => {
    expect(checkViewName('  Mine ', TWO)).toEqual({ ok: true, name: 'Mine' })
    expect(checkViewName('   ', TWO)).toEqual({ ok: false, problem: viewsMessages.nameRequired })
    expect(checkViewName('x'.repeat(81), TWO).ok).toBe(false)
    expect(checkViewName('weekly DELETES', TWO)).toEqual({
      ok: false,
      problem: viewsMessages.nameTaken('weekly DELETES'),
    })
    // Renaming a view to its own name (another case) is fine.
    expect(checkViewName('weekly deletes', TWO, 'a')).toEqual({ ok: true, name: 'weekly deletes' })
  })
})

describe('export and import', () => {
  it('round-trips: what is exported imports back as the same views', () => {
    const text = exportViewsText(TWO, 'losant')
    expect(JSON.parse(text)).toMatchObject({ format: EXPORT_FORMAT, version: 1, source: 'losant' })
    const read = readImportedViews(text)
    expect(read).toEqual({ ok: true, views: [WEEKLY, ERRORS], dropped: 0 })
    const into = withImported(NO_VIEWS, read.ok ? read.views : [], newId)
    expect(into.added).toBe(2)
    expect(into.saved.views.map(({ name, params }) => ({ name, params }))).toEqual([
      { name: WEEKLY.name, params: WEEKLY.params },
      { name: ERRORS.name, params: ERRORS.params },
    ])
  })

  it('round-trips any set of views', () => {
    const view = fc.record({
      id: fc.string({ minLength: 1, maxLength: 20 }),
      name: fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim() === s && s !== ''),
      params: fc.string({ maxLength: 200 }),
    })
    fc.assert(
      fc.property(fc.uniqueArray(view, { selector: (v) => v.id, maxLength: 10 }), (views) => {
        expect(readImportedViews(exportViewsText({ views }, 'losant'))).toEqual({ ok: true, views, dropped: 0 })
      }),
    )
  })

  it('skips views already here, numbers a taken name, and keeps the default', () => {
    const imported = [WEEKLY, { ...ERRORS, params: 'status=4xx' }]
    const { saved, added } = withImported(TWO, imported, newId)
    expect(added).toBe(1)
    expect(saved.defaultId).toBe('b')
    expect(saved.views.at(-1)).toMatchObject({ name: 'Server errors (2)', params: 'status=4xx' })
    expect(saved.views.at(-1)!.id).not.toBe('b')
  })

  it('refuses a file that is not an export, or of another version, and says which', () => {
    expect(readImportedViews('not json')).toEqual({ ok: false, problem: n.importNotJson })
    expect(readImportedViews(storedViewsText(TWO))).toEqual({ ok: false, problem: n.importNotAnExport })
    expect(readImportedViews('{"format":"something-else","version":1,"views":[]}')).toEqual({
      ok: false,
      problem: n.importNotAnExport,
    })
    expect(readImportedViews(JSON.stringify({ format: EXPORT_FORMAT, version: 9, views: [] }))).toEqual({
      ok: false,
      problem: n.importOtherVersion,
    })
    expect(readImportedViews(' '.repeat(1_000_001))).toEqual({ ok: false, problem: n.importTooLarge })
  })

  it('imports the good views of a file and counts the bad ones', () => {
    const text = JSON.stringify({ format: EXPORT_FORMAT, version: 1, views: [WEEKLY, { name: 7 }, null] })
    expect(readImportedViews(text)).toEqual({ ok: true, views: [WEEKLY], dropped: 2 })
  })
})

describe('a view’s search', () => {
  const context = searchContext(losantSource)
  const DAY = 24 * 60 * 60 * 1000
  const saveAt = Date.UTC(2026, 10, 1, 9, 30)

  it('keeps a relative range relative: "last 7 days" is last 7 days when opened again', () => {
    const params = viewParams(new URLSearchParams('range=7d&page=3&actorType=User'), context, saveAt)
    expect(params).toBe('actorType=User&range=7d')
    expect(params).not.toMatch(/from|to=/)
    const openedLater = saveAt + 10 * DAY
    const opened = parseListView(new URLSearchParams(params), context, openedLater)
    expect(opened.search.range).toEqual({ preset: '7d', start: openedLater - 7 * DAY })
    expect(opened.search.page).toBe(0)
  })

  it('keeps a fixed range, the zone, the sort, the page size and the columns; drops what the source cannot use', () => {
    const url =
      'from=2026-10-01&to=2026-10-07&tz=utc&sort=actor&dir=asc&size=100&cols=actor,time,status&nope=1&status=9xx'
    expect(viewParams(new URLSearchParams(url), context, saveAt)).toBe(
      'sort=actor&dir=asc&size=100&from=2026-10-01&to=2026-10-07&tz=utc&cols=actor%2Ctime%2Cstatus',
    )
    // Another source reads the same search by its own rules.
    expect(viewParams(new URLSearchParams('cols=request,target'), searchContext(uipathSource), saveAt)).toBe('')
  })
})
