import { describe, expect, it, vi } from 'vitest'

import type { AuditEvent, AuditPage } from '@/sources/audit-event'

import { runScan, type ScanMatch, type ScanProgress } from './scan-loop'

/** Entry n of a log of newest-first entries; every third one mentions a valve. */
const entry = (n: number): AuditEvent => ({
  id: `e${n}`,
  time: new Date(Date.UTC(2026, 0, 1) - n * 60_000).toISOString(),
  timeMs: Date.UTC(2026, 0, 1) - n * 60_000,
  actor: { type: 'User', name: `user ${n}` },
  request: { resource: 'device', action: 'patch', body: { note: n % 3 === 0 ? `Valve ${n} replaced` : 'routine' } },
  response: { status: 200 },
  redactionCount: 0,
})

/** A fake server of `total` entries whose pages answer out of order. */
function server(total: number | undefined, size: number, pageSize: number) {
  return vi.fn(async (page: number, signal: AbortSignal): Promise<AuditPage> => {
    signal.throwIfAborted()
    await new Promise((resolve) => setTimeout(resolve, (5 - (page % 4)) * 2))
    signal.throwIfAborted()
    const start = page * pageSize
    const events = Array.from({ length: Math.max(0, Math.min(pageSize, size - start)) }, (_, i) => entry(start + i))
    return { events, total, problems: [] }
  })
}

const noDelay = async () => {}

function collect() {
  const matches: ScanMatch[] = []
  const progress: ScanProgress[] = []
  const onPage = (found: readonly ScanMatch[], at: ScanProgress) => {
    matches.push(...found)
    progress.push(at)
  }
  return { matches, progress, onPage }
}

describe('runScan', () => {
  it('hands on matches page by page, in the order of the log, with counts after each page', async () => {
    const { matches, progress, onPage } = collect()
    const summary = await runScan({
      fetchPage: server(250, 250, 100),
      words: ['VALVE'],
      signal: new AbortController().signal,
      onPage,
      pageSize: 100,
      concurrency: 3,
      delay: noDelay,
    })
    const expected = Array.from({ length: 250 }, (_, n) => n).filter((n) => n % 3 === 0)
    expect(matches.map((match) => match.event.id)).toEqual(expected.map((n) => `e${n}`))
    expect(matches[1]!.snippet).toMatchObject({ field: 'requestBody', match: 'Valve' })
    expect(progress.map((p) => [p.scanned, p.matches, p.total])).toEqual([
      [100, 34, 250],
      [200, 67, 250],
      [250, 84, 250],
    ])
    expect(summary).toMatchObject({ scanned: 250, matches: 84, capped: false, total: 250 })
    expect(summary.last?.id).toBe('e249')
  })

  it('stops at the cap, saying so and how far back it read', async () => {
    const fetchPage = server(10_000, 10_000, 100)
    const { progress, onPage } = collect()
    const summary = await runScan({
      fetchPage,
      words: ['valve'],
      signal: new AbortController().signal,
      onPage,
      cap: 250,
      pageSize: 100,
      delay: noDelay,
    })
    expect(summary).toMatchObject({ scanned: 250, capped: true, total: 10_000 })
    expect(summary.last?.id).toBe('e249')
    expect(progress.at(-1)?.scanned).toBe(250)
    expect(Math.max(...fetchPage.mock.calls.map(([page]) => page))).toBe(2)
  })

  it('stops at the cap without a total too, and ends where the source says no page follows', async () => {
    const capped = await runScan({
      fetchPage: server(undefined, 10_000, 100),
      words: ['valve'],
      signal: new AbortController().signal,
      onPage: () => {},
      cap: 300,
      pageSize: 100,
      delay: noDelay,
    })
    expect(capped).toMatchObject({ scanned: 300, capped: true })
    const whole = await runScan({
      fetchPage: server(undefined, 150, 100),
      words: ['valve'],
      signal: new AbortController().signal,
      onPage: () => {},
      cap: 300,
      pageSize: 100,
      delay: noDelay,
    })
    expect(whole).toMatchObject({ scanned: 150, matches: 50, capped: false })
  })

  it('keeps only the first matches but counts them all', async () => {
    const { matches, onPage } = collect()
    const summary = await runScan({
      fetchPage: server(300, 300, 100),
      words: ['valve'],
      signal: new AbortController().signal,
      onPage,
      pageSize: 100,
      matchLimit: 40,
      delay: noDelay,
    })
    expect(summary.matches).toBe(100)
    expect(matches.map((match) => match.event.id)).toEqual(Array.from({ length: 40 }, (_, i) => `e${i * 3}`))
  })

  it('stops when cancelled, reporting nothing after the cancel', async () => {
    const abort = new AbortController()
    const fetchPage = server(5_000, 5_000, 100)
    const progress: ScanProgress[] = []
    const run = runScan({
      fetchPage,
      words: ['valve'],
      signal: abort.signal,
      onPage: (_, at) => {
        progress.push(at)
        if (at.scanned === 200) abort.abort()
      },
      pageSize: 100,
      delay: noDelay,
    })
    await expect(run).rejects.toThrow()
    expect(progress.map((p) => p.scanned)).toEqual([100, 200])
    expect(fetchPage.mock.calls.length).toBeLessThan(10)
  })

  it('fails when a page keeps failing, after trying it again', async () => {
    const fetchPage = vi.fn(async (page: number): Promise<AuditPage> => {
      if (page === 1) throw new Error('page 1 failed')
      return { events: [entry(page)], total: 3, problems: [] }
    })
    const { progress, onPage } = collect()
    await expect(
      runScan({ fetchPage, words: ['x'], signal: new AbortController().signal, onPage, pageSize: 1, delay: noDelay }),
    ).rejects.toThrow('page 1 failed')
    expect(fetchPage.mock.calls.filter(([page]) => page === 1)).toHaveLength(3)
    expect(progress.at(-1)?.scanned).toBe(1)
  })
})
