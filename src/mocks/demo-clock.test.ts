import { describe, expect, it, vi } from 'vitest'

import { demoAnchor } from './demo-clock'

const HOUR = 3_600_000

function memoryStore(): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  }
}

describe('the demo anchor', () => {
  const start = Date.UTC(2026, 11, 6, 23, 59, 58)

  it('is the current hour, rounded down', () => {
    expect(demoAnchor(start, memoryStore()).toISOString()).toBe('2026-12-06T23:00:00.000Z')
  })

  it('stays put across an hour boundary within the same tab session', () => {
    const store = memoryStore()
    demoAnchor(start, store)
    expect(demoAnchor(start + 5_000, store).toISOString()).toBe('2026-12-06T23:00:00.000Z')
    // A different tab (another store) starts from its own hour.
    expect(demoAnchor(start + 5_000, memoryStore()).toISOString()).toBe('2026-12-07T00:00:00.000Z')
  })

  it('moves on once the kept hour is half a day old, or when the kept value is nonsense', () => {
    const store = memoryStore()
    demoAnchor(start, store)
    expect(demoAnchor(start + 12 * HOUR, store).toISOString()).toBe('2026-12-07T11:00:00.000Z')
    store.setItem('audit-dashboard.demo-anchor', 'soon')
    expect(demoAnchor(start, store).toISOString()).toBe('2026-12-06T23:00:00.000Z')
    // A kept hour from the future (clock changed) is not trusted either.
    store.setItem('audit-dashboard.demo-anchor', String(Date.UTC(2026, 11, 8)))
    expect(demoAnchor(start, store).toISOString()).toBe('2026-12-06T23:00:00.000Z')
  })

  it('works without storage, or with storage that throws', () => {
    expect(demoAnchor(start, undefined).toISOString()).toBe('2026-12-06T23:00:00.000Z')
    const refusing = {
      ...memoryStore(),
      getItem: () => {
        throw new Error('blocked')
      },
    } as Storage
    expect(demoAnchor(start, refusing).toISOString()).toBe('2026-12-06T23:00:00.000Z')
  })
})

describe('a pinned anchor', () => {
  it('is what the demo thread uses, whatever its own clock says', async () => {
    // A fresh module: the pin is module state, and the other tests here want none.
    vi.resetModules()
    const clock = await import('./demo-clock')
    clock.pinDemoAnchor(new Date('2026-12-06T23:00:00.000Z'))
    expect(clock.demoAnchor(Date.UTC(2027, 0, 1), undefined).toISOString()).toBe('2026-12-06T23:00:00.000Z')
  })
})
