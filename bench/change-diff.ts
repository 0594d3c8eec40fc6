/**
 * "Compare with the previous change" on two ~1 MB workflow edits, at CPU ×1.
 *
 * The later edit's drawer is opened from a settled list (client-side route, as in drawer.ts) and
 * left to paint its bodies; then the comparison is opened with a click on its summary, and timed
 * from that pointerdown until the list of differences is painted: the request for the earlier
 * edit (a 1 MB entry from the demo API), its decoding and redaction, the sliced diff and the
 * virtualised rows. The figure that matters is the longest main-thread task meanwhile: a sliced
 * diff must never hold the page for more than 200 ms.
 */
import type { Browser } from '@playwright/test'

import { LARGE_DIFF_IDS } from '../src/mocks/losant/large-diff'
import type { EntryApi } from './api-profile'
import { DEMO_ENTRY_API } from './api-profile'
import type { InteractionSample } from './browser'
import { measureInteraction, newBenchContext, openPage, waitForListSettled } from './browser'
import { LIST_PATH } from './load'
import type { BenchOptions } from './options'
import type { Summary } from './stats'
import { summarize } from './stats'

export interface ChangeDiffStats {
  before: string
  after: string
  /** Bytes of each entry as the API sends it. */
  bytes: { before: number; after: number }
  /** Click on "Compare with the previous change" → the list of differences painted. */
  painted?: Summary
  /** Longest main-thread task from the click until 300 ms after the list was painted. */
  longestTask?: Summary
  timeouts: number
  samples: InteractionSample[]
}

const TIMEOUT_MS = 60_000

export async function measureChangeDiff(
  browser: Browser,
  origin: string,
  options: BenchOptions,
  api: EntryApi = DEMO_ENTRY_API,
): Promise<ChangeDiffStats> {
  const context = await newBenchContext(browser, origin)
  const samples: InteractionSample[] = []
  const bytes = { before: 0, after: 0 }
  try {
    for (let run = 0; run < options.runs; run++) {
      const { page } = await openPage(context, 1)
      await page.goto(`${LIST_PATH}?size=100`)
      await waitForListSettled(page)
      // Both entries built once by the demo API before timing: generating them is its cost, not the app's.
      const sizes = await page.evaluate(
        (urls) => Promise.all(urls.map((url) => fetch(url).then((response) => response.text().then((t) => t.length)))),
        [api.entryUrl(LARGE_DIFF_IDS.before), api.entryUrl(LARGE_DIFF_IDS.after)],
      )
      bytes.before = sizes[0]!
      bytes.after = sizes[1]!
      await page.evaluate((url) => window.__bench.navigate(url), `${LIST_PATH}/${LARGE_DIFF_IDS.after}?size=100`)
      const drawer = page.getByRole('dialog', { name: /^Audit log/ })
      await drawer.getByRole('heading', { name: 'Request body' }).waitFor({ timeout: TIMEOUT_MS })
      // Let the drawer's own bodies finish before the comparison is opened.
      await page.waitForTimeout(1_000)
      const sample = await measureInteraction(
        page,
        ['change-diff'],
        () => drawer.getByText('Compare with the previous change', { exact: true }).click(),
        { timeoutMs: TIMEOUT_MS },
      )
      samples.push(sample)
      await page.close()
      console.log(
        `  change diff run ${run + 1}/${options.runs}: painted ${Math.round(sample.milestones['change-diff'] ?? NaN)} ms, longest task ${Math.round(sample.longestTask)} ms`,
      )
    }
  } finally {
    await context.close()
  }
  return {
    ...LARGE_DIFF_IDS,
    bytes,
    painted: summarize(samples.flatMap((s) => s.milestones['change-diff'] ?? [])),
    longestTask: summarize(samples.map((s) => s.longestTask)),
    timeouts: samples.filter((s) => s.timedOut).length,
    samples,
  }
}
