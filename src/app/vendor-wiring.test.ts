/**
 * A vendor is its folder: one in sources/, one in mocks/, and one line in each registry. This
 * walks the registry and checks every source is wired everywhere, with no per-vendor switch
 * anywhere else in the product.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { auditLogColumns } from '@/features/audit-logs/list/audit-log-columns'
import { columnContext } from '@/features/audit-logs/search/column-layout'
import { messages } from '@/lib/i18n'
import { VENDOR_IDS, VENDORS } from '@/mocks/demo-handlers'
import { DEFAULT_SEARCH } from '@/sources/audit-search'
import { createSourceClient } from '@/sources/source-client'
import { SOURCE_IDS, SOURCES } from '@/sources/source-registry'
import { TEST_API_URLS, TEST_ORG_ID } from '@/testing/test-api'

import { DEMO_API_PATHS } from './demo-api'

// Tests run from the repository's root.
const SRC = path.resolve(process.cwd(), 'src')

function productFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return productFiles(file)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : []
  })
}

describe('the source registry', () => {
  it('lists the same vendors as the demo API’s registry', () => {
    expect([...SOURCE_IDS].sort()).toEqual([...VENDOR_IDS].sort())
  })

  describe.each(SOURCE_IDS)('%s', (id) => {
    const source = SOURCES[id]

    it('is registered under its own id, with its words in the message catalogue', () => {
      expect(source.id).toBe(id)
      expect(messages.sources[id].label).toBe(source.label)
    })

    it('declares its columns: unique ids, titled, sized, one for every field it sorts by', () => {
      const ids = source.columns.map((column) => column.id)
      expect(new Set(ids).size).toBe(ids.length)
      for (const column of source.columns) {
        expect(column.title).not.toBe('')
        expect(column.width).toMatch(/^\d+(rem|%)$/)
      }
      for (const field of source.capabilities.sortFields) expect(ids).toContain(field)
      expect(auditLogColumns(source.columns, source.capabilities.sortFields)).toHaveLength(ids.length)
    })

    it('has one time column and one actor column, which the column chooser keeps on screen', () => {
      const kinds = columnContext(source.columns).locked.map(
        (locked) => source.columns.find((column) => column.id === locked)?.cell.kind,
      )
      expect(kinds).toEqual(['time', 'actor'])
    })

    it('has a demo API at the path the app derives, which its adapter reads', async () => {
      expect(DEMO_API_PATHS[id]).toBe(VENDORS[id].demoBasePath)
      const client = createSourceClient({ sourceId: id, apiUrl: TEST_API_URLS[id], orgId: TEST_ORG_ID, demo: true })
      const page = await client.listPage({ ...DEFAULT_SEARCH, pageSize: 25 })
      expect(page.events.length).toBeGreaterThan(0)
      expect(page.problems).toEqual([])
    })
  })

  it('is the only place outside a vendor’s folders that names a vendor', () => {
    const vendors = SOURCE_IDS.join('|')
    const switches = new RegExp(`(===|!==)\\s*'(${vendors})'|case\\s+'(${vendors})'|^\\s*(${vendors}):`, 'm')
    const outside = productFiles(SRC).filter((file) => {
      const relative = path.relative(SRC, file).split(path.sep).join('/')
      if (/^(mocks|testing|test)\//.test(relative)) return false // the demo API and test helpers
      if (new RegExp(`^sources/(${vendors})/`).test(relative)) return false
      if (relative === 'sources/source-registry.ts' || relative === 'lib/i18n/messages.en.ts') return false
      return switches.test(readFileSync(file, 'utf8'))
    })
    expect(outside).toEqual([])
  })
})
