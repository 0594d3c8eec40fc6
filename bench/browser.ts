/**
 * Debian's Chromium driven by Playwright (its own browser download is not available here), with
 * the probes injected into every page and CPU throttling and heap readings over CDP.
 */
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test'
import { chromium } from '@playwright/test'

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './options'
import type { ArmResult, EventSample, Milestone, ProbeSnapshot } from './probes'
import { installProbes } from './probes'

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS })
}

/** A fresh profile: no HTTP cache, no service worker, no storage — a first visit. */
export async function newBenchContext(browser: Browser, origin: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: origin,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'UTC',
  })
  // A throttled page is slow: give actions and waits room before calling them stuck.
  context.setDefaultTimeout(30_000)
  // tsx (esbuild keepNames) wraps named functions in `__name(…)`; Playwright sends our functions'
  // source to the page, where that helper does not exist. A no-op stand-in keeps them runnable.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' })
  await context.addInitScript(installProbes)
  return context
}

export interface BenchPage {
  page: Page
  cdp: CDPSession
}

/** A page with the given CPU slowdown (1 = none), applied before anything loads. */
export async function openPage(context: BrowserContext, cpuRate: number): Promise<BenchPage> {
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate })
  return { page, cdp }
}

export const snapshot = (page: Page): Promise<ProbeSnapshot> => page.evaluate(() => window.__bench.snapshot())

/** The list has rows and is not loading; then the network quiets (chart, prefetch) and the row count holds. */
export async function waitForListSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('table[aria-busy="false"] tbody tr[data-row-id]') !== null,
    undefined,
    { polling: 'raf' },
  )
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {})
  // The table fills a screenful at a time (use-revealed-rows.ts): wait for its whole page (the
  // URL's page size; the bench's lists are longer than a page), or a count that holds 1.5 s.
  await page.waitForFunction(
    () => {
      const count = document.querySelectorAll('tbody tr[data-row-id]').length
      const pageSize = Number(new URL(location.href).searchParams.get('size') ?? 50)
      const state = window as unknown as { __settledRows?: { count: number; since: number } }
      if (state.__settledRows?.count !== count) state.__settledRows = { count, since: performance.now() }
      return count === pageSize || performance.now() - state.__settledRows.since > 1500
    },
    undefined,
    { polling: 'raf', timeout: 10_000 },
  )
  await page.waitForTimeout(300)
}

export interface InteractionSample {
  /** Longest Event Timing duration of the interaction, ms (16 = "16 or less", the API's floor). */
  inp: number
  /** From pointerdown (or navigation) to each milestone painted, ms. */
  milestones: Partial<Record<Milestone, number>>
  /**
   * From the start until the last demo-API response the interaction waited for arrived, ms
   * (0 = it needed none): the part of `milestones` spent in the API (the service worker).
   */
  apiWait: number
  /**
   * Main-thread script time in long animation frames, ms, by source file (the chunk), from the
   * start until the last milestone: which code the wait was spent in.
   */
  scripts: Record<string, number>
  /** Longest long task from the start until 300 ms after the last milestone, ms (0 = none ≥ 50 ms). */
  longestTask: number
  timedOut: boolean
}

/** Arms the probes, performs `action`, waits for the milestones and reads Event Timing. */
export async function measureInteraction(
  page: Page,
  milestones: Milestone[],
  action: () => Promise<unknown>,
  { timeoutMs = 30_000, settleMs = 300 }: { timeoutMs?: number; settleMs?: number } = {},
): Promise<InteractionSample> {
  await page.evaluate(({ list, timeout }) => window.__bench.arm(list, timeout), {
    list: milestones,
    timeout: timeoutMs,
  })
  await action()
  const result: ArmResult = await page.evaluate(() => window.__bench.result())
  // Event Timing entries are queued after the frame that ends the interaction; give them time
  // (the endurance walk, which reads only the milestones, skips this).
  if (settleMs) await page.waitForTimeout(settleMs)
  const snap = await snapshot(page)
  const last = Math.max(result.start, ...Object.values(result.stamps))
  const awaited = snap.api.filter((req) => req.startTime >= result.start - 1 && req.responseEnd <= last)
  return {
    inp: interactionLatency(snap.events, result.start),
    apiWait: Math.max(0, ...awaited.map((req) => req.responseEnd - result.start)),
    scripts: scriptTime(snap, result.start, last),
    milestones: Object.fromEntries(Object.entries(result.stamps).map(([name, time]) => [name, time - result.start])),
    longestTask: Math.max(
      0,
      ...snap.longTasks
        .filter((task) => task.startTime + task.duration >= result.start && task.startTime <= last + 300)
        .map((task) => task.duration),
    ),
    timedOut: result.timedOut,
  }
}

/** Script time per source file within [from, to], from long-animation-frame attribution. */
export function scriptTime(snap: ProbeSnapshot, from: number, to: number): Record<string, number> {
  const byFile: Record<string, number> = {}
  for (const frame of snap.frames) {
    for (const script of frame.scripts) {
      if (script.startTime + script.duration < from || script.startTime > to) continue
      byFile[script.file] = (byFile[script.file] ?? 0) + script.duration
    }
  }
  return byFile
}

/** INP-style: the longest event of the interactions that began at or after `start`. */
function interactionLatency(events: EventSample[], start: number): number {
  // pointerdown's startTime is the event's timeStamp, which is what `start` was taken from.
  const mine = events.filter((event) => event.startTime >= start - 1)
  return Math.max(16, ...mine.map((event) => event.duration))
}

/** JS heap after a full garbage collection, and the renderer's DOM counters. */
export async function heapAfterGc(
  cdp: CDPSession,
): Promise<{ usedHeap: number; totalHeap: number; nodes: number; listeners: number; documents: number }> {
  await cdp.send('HeapProfiler.enable')
  // Twice: the first pass can leave objects that only become garbage after finalizers run.
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const heap = await cdp.send('Runtime.getHeapUsage')
  const dom = await cdp.send('Memory.getDOMCounters')
  return {
    usedHeap: heap.usedSize,
    totalHeap: heap.totalSize,
    nodes: dom.nodes,
    listeners: dom.jsEventListeners,
    documents: dom.documents,
  }
}
