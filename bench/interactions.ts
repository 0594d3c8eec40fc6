/**
 * Interactions on a 100-row list page: sort by Actor, next page, the "Actor type" chip (open it,
 * then check "User"), a key typed in the search box (its suggestions), open an entry's drawer. Each is measured as INP-style Event Timing duration
 * and as time from pointerdown to the new rows (or the drawer) painted.
 *
 * Beside them, the plain-DOM baseline: the app's own table markup and stylesheet on a page with no
 * framework, where a click swaps in another 100 rows copied from the app. Same browser, same CPU
 * rate, same measurement: what no implementation can beat on this machine.
 */
import type { Browser, Page } from '@playwright/test'

import type { InteractionSample } from './browser'
import { measureInteraction, newBenchContext, openPage, waitForListSettled } from './browser'
import { LIST_PATH } from './load'
import type { BenchOptions } from './options'
import { BASELINE_PATH } from './serve'
import type { Summary } from './stats'
import { summarize } from './stats'

export const INTERACTIONS = ['sort', 'nextPage', 'openFilter', 'applyFilter', 'suggest', 'openDrawer'] as const
export type InteractionName = (typeof INTERACTIONS)[number]

export const INTERACTION_LABELS: Record<InteractionName | 'baseline', string> = {
  sort: 'sort by Actor',
  nextPage: 'next page',
  openFilter: 'open "Actor type" chip',
  applyFilter: 'check "User" in the chip',
  suggest: 'type a key in the search box (suggestions)',
  openDrawer: 'open an entry (drawer)',
  baseline: 'plain-DOM baseline: swap 100 rows',
}

export interface InteractionStats {
  inp?: Summary
  /** pointerdown → new rows painted (drawer: → drawer body painted). */
  painted?: Summary
  longestTask?: Summary
  apiWait?: Summary
  timeouts: number
  samples: InteractionSample[]
}

export interface InteractionRate {
  app: Record<InteractionName, InteractionStats>
  baseline: InteractionStats
}

export type InteractionResults = Record<string, InteractionRate>

/** The milestone that says "this interaction's result is on screen". */
const DONE: Record<InteractionName, 'rows-changed' | 'checkboxes' | 'suggestions' | 'drawer-body'> = {
  sort: 'rows-changed',
  nextPage: 'rows-changed',
  openFilter: 'checkboxes',
  applyFilter: 'rows-changed',
  suggest: 'suggestions',
  openDrawer: 'drawer-body',
}

interface BaselineMarkup {
  tableHtml: string
  bodies: string[]
  width: number
}

const tableScroll = (page: Page) =>
  page.evaluate(() => {
    const table = document.querySelector('table[aria-busy]')
    const box = table?.parentElement
    return { html: box?.outerHTML ?? '', width: box?.getBoundingClientRect().width ?? 0 }
  })
const tbodyHtml = (page: Page) => page.evaluate(() => document.querySelector('table[aria-busy] tbody')?.innerHTML ?? '')

/** One pass over the list: every interaction once, in order (each leaves the state the next needs). */
async function interactionPass(
  page: Page,
  capture?: BaselineMarkup,
): Promise<Record<InteractionName, InteractionSample>> {
  const actions: Record<InteractionName, () => Promise<unknown>> = {
    sort: () => page.getByRole('columnheader', { name: 'Actor', exact: true }).getByRole('button').click(),
    nextPage: () => page.getByRole('button', { name: 'Next page' }).click(),
    openFilter: () => page.getByRole('button', { name: 'Actor type filter' }).click(),
    applyFilter: () =>
      page
        .getByRole('dialog', { name: 'Actor type' })
        .getByRole('checkbox', { name: /^User\b/ })
        .click(),
    // Parsing the term at the caret and ranking what may follow it: one keypress.
    suggest: () => page.keyboard.press('r'),
    openDrawer: () => page.locator('table[aria-busy] tbody tr[data-row-id]').first().getByRole('link').first().click(),
  }
  const samples = {} as Record<InteractionName, InteractionSample>
  for (const name of INTERACTIONS) {
    samples[name] = await measureInteraction(page, [DONE[name]], actions[name])
    if (samples[name].timedOut) throw new Error(`interaction "${INTERACTION_LABELS[name]}" did not finish in time`)
    if (capture && DONE[name] === 'rows-changed') capture.bodies.push(await tbodyHtml(page))
    if (name === 'applyFilter') {
      await page.keyboard.press('Escape')
      await page.getByRole('dialog', { name: 'Actor type' }).waitFor({ state: 'hidden' })
      // Into the box (already loaded), after the query the chip wrote: the next key starts a new term.
      const box = page.getByRole('combobox', { name: 'Search audit logs' })
      await box.click()
      await box.press('End')
      await box.press('Space')
    }
    if (name === 'suggest') {
      await page.keyboard.press('Escape')
      await page.keyboard.press('Escape')
      await page.getByRole('combobox', { name: 'Search audit logs' }).blur()
    }
  }
  await page.keyboard.press('Escape')
  await page.getByRole('dialog').waitFor({ state: 'hidden' })
  return samples
}

function stats(samples: InteractionSample[], milestone: string): InteractionStats {
  return {
    inp: summarize(samples.map((s) => s.inp)),
    painted: summarize(
      samples.flatMap((s) => (s.milestones[milestone as keyof typeof s.milestones] ?? []) as number[]),
    ),
    longestTask: summarize(samples.map((s) => s.longestTask)),
    apiWait: summarize(samples.map((s) => s.apiWait)),
    timeouts: samples.filter((s) => s.timedOut).length,
    samples,
  }
}

export async function measureInteractions(
  browser: Browser,
  origin: string,
  options: BenchOptions,
): Promise<InteractionResults> {
  const results: InteractionResults = {}
  let markup: BaselineMarkup | undefined
  for (const rate of options.cpuRates) {
    const perName = Object.fromEntries(INTERACTIONS.map((name) => [name, [] as InteractionSample[]])) as Record<
      InteractionName,
      InteractionSample[]
    >
    // One warm context per rate: the service worker's install is the load bench's business.
    const context = await newBenchContext(browser, origin)
    try {
      for (let run = 0; run < options.runs; run++) {
        const { page } = await openPage(context, rate)
        await page.goto(`${LIST_PATH}?size=100`)
        await waitForListSettled(page)
        let capture: BaselineMarkup | undefined
        if (!markup) {
          const initial = await tableScroll(page)
          capture = { tableHtml: initial.html, width: initial.width, bodies: [] }
        }
        const pass = await interactionPass(page, capture)
        if (capture) markup = { ...capture, bodies: [...capture.bodies, initialBody(capture.tableHtml)] }
        for (const name of INTERACTIONS) perName[name].push(pass[name])
        await page.close()
        // INP / painted / API wait, per interaction.
        console.log(
          `  interactions ×${rate} run ${run + 1}/${options.runs}: ` +
            INTERACTIONS.map(
              (name) =>
                `${name} ${Math.round(pass[name].inp)}/${Math.round(pass[name].milestones[DONE[name]] ?? NaN)}/${Math.round(pass[name].apiWait)} ms`,
            ).join(', '),
        )
      }
    } finally {
      await context.close()
    }
    if (!markup) throw new Error('no table markup captured for the baseline')
    const baseline = await measureBaseline(browser, origin, rate, markup, options.runs * 3)
    results[`x${rate}`] = {
      app: Object.fromEntries(INTERACTIONS.map((name) => [name, stats(perName[name], DONE[name])])) as Record<
        InteractionName,
        InteractionStats
      >,
      baseline: stats(baseline, 'rows-changed'),
    }
  }
  return results
}

/** The rows the table showed before the first interaction, so the baseline cycles through four sets. */
function initialBody(tableHtml: string): string {
  return /<tbody[^>]*>([\s\S]*)<\/tbody>/.exec(tableHtml)?.[1] ?? ''
}

async function measureBaseline(
  browser: Browser,
  origin: string,
  rate: number,
  markup: BaselineMarkup,
  count: number,
): Promise<InteractionSample[]> {
  const context = await newBenchContext(browser, origin)
  try {
    const { page } = await openPage(context, rate)
    await page.goto(BASELINE_PATH)
    await page.evaluate((m) => window.__bench.installBaseline(m.tableHtml, m.bodies, m.width), markup)
    await page.waitForTimeout(300)
    const samples: InteractionSample[] = []
    for (let i = 0; i < count; i++) {
      samples.push(await measureInteraction(page, ['rows-changed'], () => page.locator('#baseline-next').click()))
    }
    console.log(
      `  baseline ×${rate}: ${samples.map((s) => `${Math.round(s.inp)}/${Math.round(s.milestones['rows-changed'] ?? NaN)}`).join(' ')} ms`,
    )
    return samples
  } finally {
    await context.close()
  }
}
