/**
 * Page load of /settings/audit-logs: FCP, LCP, CLS and "rows visible", at each CPU rate.
 * Cold = a fresh browser context (no cache, no service worker: the demo API's worker registers
 * during this visit, as it would for anyone's first visit). Warm = the same URL again in that
 * context (worker installed, HTTP cache primed).
 */
import type { Browser } from '@playwright/test'

import { newBenchContext, openPage, scriptTime, snapshot, waitForListSettled } from './browser'
import type { BenchOptions } from './options'
import type { Summary } from './stats'
import { summarizeFields } from './stats'

export const LIST_PATH = '/settings/audit-logs'

export interface LoadSample {
  fcp?: number
  lcp?: number
  cls: number
  rowsVisible?: number
  /** Navigation start to the response's first byte. */
  ttfb?: number
  /** Sum of (task − 50 ms) over long tasks until the rows were painted, as Lighthouse's TBT counts. */
  blocking: number
  longestTask: number
  /** Main-thread script time (long animation frames) by file until the rows were painted. */
  scripts: Record<string, number>
}

export interface LoadVisit {
  samples: LoadSample[]
  summary: Record<(typeof KEYS)[number], Summary | undefined>
  /** What the LCP element was in each run (the candidate can change between runs). */
  lcpElements: string[]
  /** Script files the page fetched on the cold visit (first run): which chunks the list page needs. */
  scripts: string[]
}

export type LoadResults = Record<string, { cold: LoadVisit; warm: LoadVisit }>

const KEYS = ['fcp', 'lcp', 'cls', 'rowsVisible', 'ttfb', 'blocking', 'longestTask'] as const

export async function measureLoad(browser: Browser, origin: string, options: BenchOptions): Promise<LoadResults> {
  const results: LoadResults = {}
  for (const rate of options.cpuRates) {
    const cold: LoadSample[] = []
    const warm: LoadSample[] = []
    const elements = { cold: [] as string[], warm: [] as string[] }
    const scripts = { cold: [] as string[], warm: [] as string[] }
    for (let run = 0; run < options.runs; run++) {
      const context = await newBenchContext(browser, origin)
      try {
        const { page, cdp } = await openPage(context, rate)
        for (const [visit, samples] of [
          ['cold', cold],
          ['warm', warm],
        ] as const) {
          // Re-applied per navigation, in case the renderer was swapped.
          await cdp.send('Emulation.setCPUThrottlingRate', { rate })
          await page.goto(LIST_PATH)
          await waitForListSettled(page)
          // LCP candidates keep coming until the page settles; CLS needs the lazy chart in place.
          await page.waitForTimeout(500)
          const snap = await snapshot(page)
          const ttfb = await page.evaluate(
            () =>
              (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.responseStart,
          )
          const rowsVisible = snap.firstPainted['rows-present']
          const tasks = snap.longTasks.filter((task) => rowsVisible === undefined || task.startTime < rowsVisible)
          samples.push({
            fcp: snap.fcp,
            lcp: snap.lcp?.time,
            cls: snap.cls,
            rowsVisible,
            ttfb,
            blocking: tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
            longestTask: Math.max(0, ...tasks.map((task) => task.duration)),
            scripts: scriptTime(snap, 0, rowsVisible ?? snap.now),
          })
          elements[visit].push(snap.lcp?.element ?? '(none)')
          if (run === 0) scripts[visit] = snap.scripts.map((script) => new URL(script.name).pathname.replace(/^\//, ''))
        }
      } finally {
        await context.close()
      }
      console.log(
        `  load ×${rate} run ${run + 1}/${options.runs}: cold LCP ${fmt(cold.at(-1)?.lcp)}, warm LCP ${fmt(warm.at(-1)?.lcp)}`,
      )
    }
    results[`x${rate}`] = {
      cold: { samples: cold, summary: summarizeFields(cold, KEYS), lcpElements: elements.cold, scripts: scripts.cold },
      warm: { samples: warm, summary: summarizeFields(warm, KEYS), lcpElements: elements.warm, scripts: scripts.warm },
    }
  }
  return results
}

const fmt = (ms: number | undefined) => (ms === undefined ? '–' : `${Math.round(ms)} ms`)
