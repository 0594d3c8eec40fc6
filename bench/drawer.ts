/**
 * Opening entries with ~100 KB, ~1 MB and ~5 MB response bodies from the list, at CPU ×1.
 *
 * The entries are months old, so no list row links to them: the bench routes to them client-side
 * (history.pushState + popstate, which is what React Router does for a link) from a settled list
 * page, and times until the drawer's "Response body" tree is painted. Before each run the body is
 * fetched once outside the app so the demo API (service worker) has built it: generating 5 MB of
 * seeded JSON is the demo server's cost, not the app's.
 *
 * A second measurement opens the same URL as a cold deep link (page.goto in a warm context), as
 * support staff do from a shared link: navigation start → body painted.
 */
import type { Browser } from '@playwright/test'

import { LARGE_BODY_IDS } from '../src/mocks/losant/large-bodies'
import type { EntryApi } from './api-profile'
import { DEMO_ENTRY_API } from './api-profile'
import type { InteractionSample } from './browser'
import { measureInteraction, newBenchContext, openPage, snapshot, waitForListSettled } from './browser'
import { LIST_PATH } from './load'
import type { BenchOptions } from './options'
import type { Summary } from './stats'
import { summarize } from './stats'

export type BodySize = keyof typeof LARGE_BODY_IDS
export const BODY_SIZES = Object.keys(LARGE_BODY_IDS) as BodySize[]

export interface DrawerStats {
  id: string
  /** Bytes of the entry as the API sends it. */
  bytes: number
  /** Route change → drawer shell painted. */
  shell?: Summary
  /** Route change → "Response body" tree painted. */
  body?: Summary
  /** Longest main-thread task from the route change until 300 ms after the body was painted. */
  longestTask?: Summary
  /** Deep link: navigation start → "Response body" tree painted. */
  deepLink?: Summary
  deepLinkLongestTask?: Summary
  timeouts: number
  samples: InteractionSample[]
}

export type DrawerResults = Record<BodySize, DrawerStats>

const TIMEOUT_MS = 60_000

export async function measureDrawers(
  browser: Browser,
  origin: string,
  options: BenchOptions,
  api: EntryApi = DEMO_ENTRY_API,
): Promise<DrawerResults> {
  const results = {} as DrawerResults
  const context = await newBenchContext(browser, origin)
  try {
    for (const size of BODY_SIZES) {
      const id = LARGE_BODY_IDS[size]
      const entryPath = `${LIST_PATH}/${id}?size=100`
      const apiUrl = api.entryUrl(id)
      const samples: InteractionSample[] = []
      const deep: { body: number; longestTask: number }[] = []
      let bytes = 0
      for (let run = 0; run < options.runs; run++) {
        const { page } = await openPage(context, 1)
        await page.goto(`${LIST_PATH}?size=100`)
        await waitForListSettled(page)
        bytes = await page.evaluate(
          (url) =>
            fetch(url)
              .then((response) => response.text())
              .then((text) => text.length),
          apiUrl,
        )
        const before = (await snapshot(page)).documentId
        const sample = await measureInteraction(
          page,
          ['drawer', 'response-tree'],
          () => page.evaluate((url) => window.__bench.navigate(url), entryPath),
          { timeoutMs: TIMEOUT_MS },
        )
        if ((await snapshot(page)).documentId !== before)
          throw new Error('the drawer route reloaded the page instead of routing')
        samples.push(sample)

        // Deep link: the whole app loads with the entry open (service worker and HTTP cache warm).
        await page.evaluate((url) => fetch(url).then((response) => response.text()), apiUrl)
        await page.goto(entryPath)
        await page.waitForFunction(
          () => window.__bench.snapshot().firstPainted['response-tree'] !== undefined,
          undefined,
          {
            timeout: TIMEOUT_MS,
            polling: 100,
          },
        )
        // Let the tail of the work land in the long-task buffer before reading it.
        await page.waitForTimeout(300)
        const snap = await snapshot(page)
        const painted = snap.firstPainted['response-tree']!
        deep.push({
          body: painted,
          longestTask: Math.max(
            0,
            ...snap.longTasks.filter((task) => task.startTime <= painted + 300).map((task) => task.duration),
          ),
        })
        await page.close()
        console.log(
          `  drawer ${size} run ${run + 1}/${options.runs}: body ${Math.round(sample.milestones['response-tree'] ?? NaN)} ms, longest task ${Math.round(sample.longestTask)} ms; deep link ${Math.round(deep.at(-1)!.body)} ms`,
        )
      }
      results[size] = {
        id,
        bytes,
        shell: summarize(samples.flatMap((s) => s.milestones.drawer ?? [])),
        body: summarize(samples.flatMap((s) => s.milestones['response-tree'] ?? [])),
        longestTask: summarize(samples.map((s) => s.longestTask)),
        deepLink: summarize(deep.map((d) => d.body)),
        deepLinkLongestTask: summarize(deep.map((d) => d.longestTask)),
        timeouts: samples.filter((s) => s.timedOut).length,
        samples,
      }
    }
  } finally {
    await context.close()
  }
  return results
}
