import { describe, expect, it, vi } from 'vitest'

import type { AuditEvent, AuditPage } from '@/sources/audit-event'

import { runExport } from './export-loop'

const entry = (n: number) => ({ id: String(n) }) as AuditEvent

/** A fake server with `total` entries; pages may fail on chosen attempts. */
function server(total: number, pageSize: number, failures: Record<number, number> = {}) {
  const calls: number[] = []
  const fetchPage = vi.fn(async (page: number, signal: AbortSignal): Promise<AuditPage> => {
    signal.throwIfAborted()
    calls.push(page)
    if ((failures[page] ?? 0) > 0) {
      failures[page]! -= 1
      throw new Error(`page ${page} failed`)
    }
    await new Promise((resolve) => setTimeout(resolve, (7 - (page % 5)) * 2))
    const start = page * pageSize
    const events = Array.from({ length: Math.max(0, Math.min(pageSize, total - start)) }, (_, i) => entry(start + i))
    return { events, total, problems: [] }
  })
  return { fetchPage, calls }
}

const noDelay = async () => {}

describe('runExport', () => {
  it('writes every entry once, in order, with bounded concurrency', async () => {
    const { fetchPage } = server(1_050, 100)
    const written: string[] = []
    const progress: number[] = []
    const summary = await runExport({
      fetchPage,
      pageSize: 100,
      cap: 100_000,
      concurrency: 3,
      signal: new AbortController().signal,
      write: (events) => written.push(...events.map((e) => e.id)),
      onProgress: (p) => progress.push(p.entries),
      delay: noDelay,
    })
    expect(summary).toEqual({ entries: 1_050, pages: 11, capped: false })
    expect(written).toEqual(Array.from({ length: 1_050 }, (_, i) => String(i)))
    expect(progress.at(-1)).toBe(1_050)
  })

  it('stops at the cap and says it did', async () => {
    const { fetchPage, calls } = server(5_000, 100)
    const written: AuditEvent[] = []
    const summary = await runExport({
      fetchPage,
      pageSize: 100,
      cap: 250,
      concurrency: 2,
      signal: new AbortController().signal,
      write: (events) => written.push(...events),
      onProgress: () => {},
      delay: noDelay,
    })
    expect(summary).toEqual({ entries: 250, pages: 3, capped: true })
    expect(written).toHaveLength(250)
    expect(Math.max(...calls)).toBe(2)
  })

  it('retries a page that fails mid-way, and fails after the last attempt', async () => {
    const retried = server(500, 100, { 2: 2 })
    const summary = await runExport({
      fetchPage: retried.fetchPage,
      pageSize: 100,
      cap: 1_000,
      concurrency: 2,
      signal: new AbortController().signal,
      write: () => {},
      onProgress: () => {},
      delay: noDelay,
    })
    expect(summary.entries).toBe(500)
    expect(retried.calls.filter((p) => p === 2)).toHaveLength(3)

    const broken = server(500, 100, { 3: 5 })
    await expect(
      runExport({
        fetchPage: broken.fetchPage,
        pageSize: 100,
        cap: 1_000,
        concurrency: 2,
        signal: new AbortController().signal,
        write: () => {},
        onProgress: () => {},
        delay: noDelay,
      }),
    ).rejects.toThrow('page 3 failed')
  })

  it('stops its requests when cancelled', async () => {
    const { fetchPage, calls } = server(10_000, 100)
    const controller = new AbortController()
    const run = runExport({
      fetchPage,
      pageSize: 100,
      cap: 100_000,
      concurrency: 2,
      signal: controller.signal,
      write: (events) => {
        if (events[0]?.id === '300') controller.abort(new DOMException('Cancelled', 'AbortError'))
      },
      onProgress: () => {},
      delay: noDelay,
    })
    await expect(run).rejects.toMatchObject({ name: 'AbortError' })
    const made = calls.length
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(calls.length).toBe(made)
    expect(made).toBeLessThan(10)
  })

  it('writes nothing after a cancel, not even pages that had already arrived', async () => {
    // Pages answer at once, so pages 1 and 2 have both arrived when page 1 is written.
    const fetchPage = async (page: number): Promise<AuditPage> => ({
      events: Array.from({ length: 100 }, (_, i) => entry(page * 100 + i)),
      total: 300,
      problems: [],
    })
    const controller = new AbortController()
    const written: string[] = []
    const run = runExport({
      fetchPage,
      pageSize: 100,
      cap: 1_000,
      concurrency: 3,
      signal: controller.signal,
      write: (events) => {
        written.push(...events.map((event) => event.id))
        if (events[0]?.id === '100') controller.abort(new DOMException('Cancelled', 'AbortError'))
      },
      onProgress: () => {},
      delay: noDelay,
    })
    await expect(run).rejects.toMatchObject({ name: 'AbortError' })
    expect(written).toHaveLength(200)
  })

  it('ends on a short page when the server gives no total', async () => {
    const fetchPage = async (page: number): Promise<AuditPage> => ({
      events: Array.from({ length: page < 2 ? 100 : 40 }, (_, i) => entry(page * 100 + i)),
      problems: [],
    })
    const summary = await runExport({
      fetchPage,
      pageSize: 100,
      cap: 1_000,
      concurrency: 3,
      signal: new AbortController().signal,
      write: () => {},
      onProgress: () => {},
      delay: noDelay,
    })
    expect(summary).toEqual({ entries: 240, pages: 3, capped: false })
  })

  it('pages on while the source says more follow, however short its pages', async () => {
    // BloodHound's pages are short because an intent and its outcome make one row.
    const fetchPage = async (page: number): Promise<AuditPage> => ({
      events: Array.from({ length: 60 }, (_, i) => entry(page * 100 + i)),
      hasMore: page < 4,
      problems: [],
    })
    const written: AuditEvent[] = []
    const summary = await runExport({
      fetchPage,
      pageSize: 100,
      cap: 1_000,
      concurrency: 3,
      signal: new AbortController().signal,
      write: (events) => written.push(...events),
      onProgress: () => {},
      delay: noDelay,
    })
    expect(summary).toEqual({ entries: 300, pages: 5, capped: false })
    expect(written.map((event) => event.id)).toEqual(
      Array.from({ length: 5 }, (_, page) => Array.from({ length: 60 }, (_, i) => String(page * 100 + i))).flat(),
    )
  })
})
