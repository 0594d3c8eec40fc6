/**
 * Endurance: page through the list and open/close many drawers in one page, reading the JS heap
 * (after forced GC, over CDP) and the DOM counters at the start, after paging and after the
 * drawers. A leak shows as growth that keeps pace with the number of pages or drawers.
 *
 * Size 25 keeps each page quick; the demo log has 5,400 entries (216 pages), so the walk goes
 * forward to the last page and then back, until it has made the requested number of page turns.
 * The drawers are the rows of successive pages (distinct entries), each closed with Escape.
 */
import type { Browser, Page } from '@playwright/test'

import { heapAfterGc, measureInteraction, newBenchContext, openPage, waitForListSettled } from './browser'
import { LIST_PATH } from './load'
import type { BenchOptions } from './options'

export interface HeapReading {
  usedHeap: number
  totalHeap: number
  nodes: number
  listeners: number
  documents: number
}

export interface EnduranceResults {
  pages: number
  drawers: number
  start: HeapReading
  afterPaging: HeapReading
  afterDrawers: HeapReading
  /** usedHeap after the drawers ÷ after the first page. */
  growth: number
  /** Heap growth per page turn / per drawer, bytes. */
  perPage: number
  perDrawer: number
  /**
   * Heap after GC along the way: where growth stops (a cache filling up to its bound) or keeps
   * pace with the work (a leak). `phase` says whether the turns were new pages or revisits.
   */
  checkpoints: { after: string; usedHeap: number; nodes: number; listeners: number }[]
  /** Slowest page turn and drawer open seen along the way (click → painted), ms. */
  slowestPage: number
  slowestDrawer: number
  seconds: number
}

/** Only the milestones matter here, not Event Timing: no settling pause after each step. */
const QUICK = { settleMs: 0 }

async function turnPage(page: Page, direction: 'Next page' | 'Previous page'): Promise<number> {
  const sample = await measureInteraction(
    page,
    ['rows-changed'],
    () => page.getByRole('button', { name: direction }).click(),
    QUICK,
  )
  if (sample.timedOut) throw new Error(`"${direction}" did not show new rows`)
  return sample.milestones['rows-changed'] ?? 0
}

export async function measureEndurance(
  browser: Browser,
  origin: string,
  options: BenchOptions,
): Promise<EnduranceResults> {
  const began = Date.now()
  const context = await newBenchContext(browser, origin)
  try {
    const { page, cdp } = await openPage(context, 1)
    await page.goto(`${LIST_PATH}?size=25`)
    await waitForListSettled(page)
    const start = await heapAfterGc(cdp)
    const checkpoints: EnduranceResults['checkpoints'] = []
    const checkpoint = async (after: string) => {
      const { usedHeap, nodes, listeners } = await heapAfterGc(cdp)
      checkpoints.push({ after, usedHeap, nodes, listeners })
      console.log(
        `  endurance: after ${after}: heap ${(usedHeap / 2 ** 20).toFixed(1)} MiB, ${nodes} nodes, ${listeners} listeners`,
      )
    }

    let slowestPage = 0
    let direction: 'Next page' | 'Previous page' = 'Next page'
    // At either end of the log, turn around.
    const nextTurn = async () => {
      if (await page.getByRole('button', { name: direction }).isDisabled())
        direction = direction === 'Next page' ? 'Previous page' : 'Next page'
      return direction
    }
    for (let turn = 0; turn < options.endurancePages; turn++) {
      await nextTurn()
      slowestPage = Math.max(slowestPage, await turnPage(page, direction))
      if ((turn + 1) % 50 === 0)
        await checkpoint(`${turn + 1} page turns (${direction === 'Next page' ? 'new pages' : 'going back'})`)
    }
    await waitForListSettled(page)
    const afterPaging = await heapAfterGc(cdp)

    let slowestDrawer = 0
    const rows = page.locator('table[aria-busy] tbody tr[data-row-id]')
    let opened = 0
    while (opened < options.enduranceDrawers) {
      const count = await rows.count()
      for (let i = 0; i < count && opened < options.enduranceDrawers; i++) {
        const sample = await measureInteraction(
          page,
          ['drawer-body'],
          () => rows.nth(i).getByRole('link').first().click(),
          QUICK,
        )
        if (sample.timedOut) throw new Error(`drawer ${opened + 1} did not show its body`)
        slowestDrawer = Math.max(slowestDrawer, sample.milestones['drawer-body'] ?? 0)
        const closed = await measureInteraction(page, ['drawer-closed'], () => page.keyboard.press('Escape'), QUICK)
        if (closed.timedOut) throw new Error(`drawer ${opened + 1} did not close on Escape`)
        opened += 1
        if (opened % 25 === 0) await checkpoint(`${opened} drawers`)
      }
      // The next page's rows are entries not opened yet.
      if (opened < options.enduranceDrawers) await turnPage(page, await nextTurn())
    }
    await waitForListSettled(page)
    const afterDrawers = await heapAfterGc(cdp)

    return {
      pages: options.endurancePages,
      drawers: options.enduranceDrawers,
      start,
      afterPaging,
      afterDrawers,
      checkpoints,
      growth: afterDrawers.usedHeap / start.usedHeap,
      perPage: (afterPaging.usedHeap - start.usedHeap) / options.endurancePages,
      perDrawer: (afterDrawers.usedHeap - afterPaging.usedHeap) / options.enduranceDrawers,
      slowestPage,
      slowestDrawer,
      seconds: (Date.now() - began) / 1000,
    }
  } finally {
    await context.close()
  }
}
