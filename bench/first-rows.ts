/**
 * First rows, like for like: the app built to read Losant's API over HTTP (as a deployment is)
 * and the framework floor, both reading the same 50-row page from the same mock API
 * (bench/http-api.ts), cold, at each CPU rate. Reports when the first data rows are painted and
 * how many requests each page view sends the vendor: before those rows, and in its first 10 s.
 */
import type { Browser } from '@playwright/test'

import { newBenchContext, openPage, snapshot, waitForListSettled } from './browser'
import type { BenchOptions } from './options'
import type { Summary } from './stats'
import { summarizeFields } from './stats'

/** The window of the request budget (decision 016). */
export const BUDGET_WINDOW_MS = 10_000

export interface FirstRowsSample {
  /** Navigation start to the first data rows painted, ms. */
  rowsVisible?: number
  /** Navigation start to the whole first page's rows painted, ms (the same frame for the floor). */
  rowsAll?: number
  /** Vendor requests started before the rows were painted (Resource Timing, the page's clock). */
  requestsBeforeRows: number
}

export interface FirstRowsSubject {
  samples: FirstRowsSample[]
  summary: Record<'rowsVisible' | 'rowsAll' | 'requestsBeforeRows', Summary | undefined>
  /** Vendor requests in the first 10 s of the first run's page view (page.on('request')). */
  requestsFirstWindow?: number
  /** What those requests asked, for reading the count ("page=0&perPage=50 …"). */
  windowQueries?: string[]
}

export type FirstRowsResults = Record<string, { app: FirstRowsSubject; floor: FirstRowsSubject }>

export interface FirstRowsTarget {
  origin: string
  path: string
}

async function visit(
  browser: Browser,
  target: FirstRowsTarget,
  apiUrl: string,
  rate: number,
  countWindow: boolean,
): Promise<{ sample: FirstRowsSample; window?: { count: number; queries: string[] } }> {
  const context = await newBenchContext(browser, target.origin)
  try {
    const { page } = await openPage(context, rate)
    const sent: { at: number; query: string }[] = []
    let start = Date.now()
    page.on('request', (request) => {
      if (!request.url().startsWith(apiUrl)) return
      const url = new URL(request.url())
      sent.push({ at: Date.now() - start, query: `${url.searchParams.get('page')}/${url.searchParams.get('perPage')}` })
    })
    start = Date.now()
    await page.goto(target.path)
    await waitForListSettled(page)
    const snap = await snapshot(page)
    const rowsVisible = snap.firstPainted['rows-present']
    const rowsAll = snap.rowsFilled?.time
    const requestsBeforeRows = await page.evaluate(
      ({ api, until }) =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.startsWith(api) && (until === undefined || entry.startTime < until)).length,
      { api: apiUrl, until: rowsVisible },
    )
    if (!countWindow) return { sample: { rowsVisible, rowsAll, requestsBeforeRows } }
    // The rest of the window: whatever the page asks on its own in its first 10 s is counted.
    const left = BUDGET_WINDOW_MS - (Date.now() - start)
    if (left > 0) await page.waitForTimeout(left)
    const inWindow = sent.filter(({ at }) => at < BUDGET_WINDOW_MS)
    return {
      sample: { rowsVisible, rowsAll, requestsBeforeRows },
      window: { count: inWindow.length, queries: inWindow.map(({ query }) => query) },
    }
  } finally {
    await context.close()
  }
}

export async function measureFirstRows(
  browser: Browser,
  targets: { app: FirstRowsTarget; floor: FirstRowsTarget },
  apiUrl: string,
  options: BenchOptions,
): Promise<FirstRowsResults> {
  const results: FirstRowsResults = {}
  for (const rate of options.cpuRates) {
    const subjects = { app: [] as FirstRowsSample[], floor: [] as FirstRowsSample[] }
    const windows: Partial<Record<'app' | 'floor', { count: number; queries: string[] }>> = {}
    for (let run = 0; run < options.runs; run++) {
      // Alternated, so a slow spell of the machine weighs on both alike.
      for (const name of ['floor', 'app'] as const) {
        const { sample, window } = await visit(browser, targets[name], apiUrl, rate, run === 0)
        subjects[name].push(sample)
        if (window) windows[name] = window
      }
      const last = (name: 'app' | 'floor') => subjects[name].at(-1)?.rowsVisible
      console.log(
        `  first rows ×${rate} run ${run + 1}/${options.runs}: app ${fmt(last('app'))}, floor ${fmt(last('floor'))}`,
      )
    }
    const subject = (name: 'app' | 'floor'): FirstRowsSubject => ({
      samples: subjects[name],
      summary: summarizeFields(subjects[name], ['rowsVisible', 'rowsAll', 'requestsBeforeRows'] as const),
      requestsFirstWindow: windows[name]?.count,
      windowQueries: windows[name]?.queries,
    })
    results[`x${rate}`] = { app: subject('app'), floor: subject('floor') }
  }
  return results
}

const fmt = (ms: number | undefined) => (ms === undefined ? '–' : `${Math.round(ms)} ms`)
