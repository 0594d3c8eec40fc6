import { apiRequestMessages } from './api-request-messages'
import { chartMessages } from './chart-messages'
import { columnsMessages } from './columns-messages'
import { connectionMessages } from './connection-messages'
import { entryMessages } from './entry-messages'
import { exportMessages } from './export-messages'
import type { Messages } from './index'
import { messages } from './index'
import { en } from './messages.en'
import { pluralRules } from './plural'
import { queryMessages } from './query-messages'
import { shortcutsMessages } from './shortcuts-messages'
import { timeRangeMessages } from './time-range-messages'
import { viewsMessages } from './views-messages'

const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 })

/** The catalogues of areas loaded after the first paint (decision 008), by name. */
const areaCatalogues = {
  apiRequestMessages,
  chartMessages,
  columnsMessages,
  connectionMessages,
  entryMessages,
  exportMessages,
  queryMessages,
  shortcutsMessages,
  timeRangeMessages,
  viewsMessages,
}

/** Every leaf of the catalogue with its dotted path. */
function leaves(node: unknown, path: string[] = []): [string, unknown][] {
  if (typeof node === 'object' && node !== null) {
    return Object.entries(node).flatMap(([key, value]) => leaves(value, [...path, key]))
  }
  return [[path.join('.'), node]]
}

function expectStringsAndFunctions(all: [string, unknown][]) {
  for (const [path, value] of all) {
    if (typeof value === 'function') continue
    expect(typeof value, path).toBe('string')
    expect((value as string).trim(), path).not.toBe('')
  }
}

describe('the message catalogue', () => {
  it('is English while no other language is chosen', () => {
    expect(messages).toBe(en)
  })

  it('holds only non-empty strings and message functions', () => {
    const all = leaves(messages)
    expect(all.length).toBeGreaterThan(200)
    expectStringsAndFunctions(all)
  })

  it.each(Object.entries(areaCatalogues))('keeps %s to non-empty strings and message functions', (name, catalogue) => {
    const all = leaves(catalogue, [name])
    expect(all.length).toBeGreaterThan(0)
    expectStringsAndFunctions(all)
  })

  it('says one entry and several entries', () => {
    expect(messages.live.newEntries(1)).toBe('1 new entry')
    expect(messages.live.newEntries(2)).toBe('2 new entries')
    expect(messages.live.newEntries(0)).toBe('0 new entries')
    expect(entryMessages.redaction.redactedValues(1)).toBe('1 value in this entry was redacted.')
    expect(entryMessages.redaction.redactedValues(3)).toBe('3 values in this entry were redacted.')
    expect(messages.list.unreadableEntries(1, 'no id')).toBe(
      '1 entry on this page could not be read and is not shown (no id).',
    )
    expect(messages.list.unreadableEntries(2, undefined)).toBe(
      '2 entries on this page could not be read and are not shown.',
    )
    expect(entryMessages.jsonViewer.items(1)).toBe('[1 item]')
    expect(entryMessages.jsonViewer.keys(2)).toBe('{2 keys}')
    expect(connectionMessages.connectedCount(1)).toBe('Connected: 1 audit log entry can be read.')
  })

  it('formats numbers with Intl in the browser locale, not by hand', () => {
    expect(messages.live.newEntries(12_345)).toBe(`${number.format(12_345)} new entries`)
    expect(messages.pagination.rows(1_001, 1_050, 123_456)).toBe(
      `${number.format(1_001)}–${number.format(1_050)} of ${number.format(123_456)}`,
    )
    expect(exportMessages.cap(100_000)).toBe(`At most ${number.format(100_000)} entries are exported at a time.`)
  })

  it('lets a caller format the count itself where a component takes a formatter', () => {
    expect(chartMessages.histogram.entries(1, (n) => `#${n}`)).toBe('#1 entry')
    expect(chartMessages.histogram.entries(5, (n) => `#${n}`)).toBe('#5 entries')
  })

  it('names every active filter count and the optional total in the list announcement', () => {
    expect(messages.list.announce.showing(1, 50, undefined, 0)).toBe('Showing 1–50 entries.')
    expect(messages.list.announce.showing(51, 100, 300, 1)).toBe('Showing 51–100 of 300 entries, 1 filter applied.')
    expect(messages.list.announce.showing(1, 2, 2, 2)).toBe('Showing 1–2 of 2 entries, 2 filters applied.')
  })
})

describe('pluralRules', () => {
  it('follows the language’s CLDR categories rather than count === 1', () => {
    const polish = pluralRules('pl')
    const forms = { one: 'plik', few: 'pliki', many: 'plików', other: 'pliku' }
    expect([1, 2, 5, 22, 25].map((n) => polish(n, forms))).toEqual(['plik', 'pliki', 'plików', 'pliki', 'plików'])
  })

  it('falls back to `other` when a language has no form for the category', () => {
    expect(pluralRules('en')(1, { other: 'items' })).toBe('items')
  })
})

// A second language must have every key English has, each a string or the same function.
// @ts-expect-error a catalogue missing keys is not a Messages.
const incomplete: Messages = { common: en.common }
void incomplete
