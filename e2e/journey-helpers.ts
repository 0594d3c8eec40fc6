import type { Locator, Page } from '@playwright/test'

import { expect } from './fixtures'

/** Where the built-in demo API answers; every list and entry request starts with this. */
export const DEMO_API_PATH = '/demo-api/losant/orgs/'

const HOUR_MS = 3_600_000

/**
 * For the first sight of a freshly loaded page only. A cold page on the dev server fetches a few
 * hundred modules, and the drawer's lazy chunk after them; on a busy machine that start-up alone
 * can outlast the default expect timeout. Everything after start-up keeps the default.
 */
export const STARTUP = { timeout: 30_000 }

export function auditTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Audit logs' })
}

/** The data rows of the table (skeleton rows are hidden from the accessibility tree). */
export function dataRows(page: Page): Locator {
  return auditTable(page).locator('tbody tr[data-row-id]')
}

/** One entry's row in the list, by its audit log id. */
export function entryRow(page: Page, id: string): Locator {
  return auditTable(page).locator(`tbody tr[data-row-id="${id}"]`)
}

/** The "1–50 of 5,400" text under the table. */
export function rangeText(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Pagination' }).getByText(/^(\d[\d,]*–\d[\d,]*|0) of [\d,]+$/)
}

/** The N of "1–50 of N", once the table has settled. */
export async function totalCount(page: Page): Promise<number> {
  await expect(auditTable(page)).not.toHaveAttribute('aria-busy', 'true')
  const text = await rangeText(page).innerText()
  return Number(text.replace(/^.* of /, '').replace(/,/g, ''))
}

/**
 * Pins the page's clock to the start of the current hour plus the time already gone in it, and
 * returns that hour. The demo data is anchored to the hour its page was loaded in; pinning the
 * clock keeps the test's copy of the data and the page's identical even across an hour boundary.
 */
export async function pinClock(page: Page): Promise<Date> {
  const now = Date.now()
  await page.clock.setFixedTime(now)
  return new Date(Math.floor(now / HOUR_MS) * HOUR_MS)
}

/** Is the element that has focus inside this entry's row? */
export function focusIsInRow(page: Page, id: string): Promise<boolean> {
  return page.evaluate((rowId) => document.activeElement?.closest(`tr[data-row-id="${rowId}"]`) != null, id)
}

/**
 * The same watch the auto fixture keeps on `page`, for a second page of the same context: page
 * errors, console errors, JS dialogs and CSP violations are collected and returned.
 */
export async function watchPageProblems(page: Page): Promise<string[]> {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
  })
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`)
    void dialog.dismiss()
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  return problems
}

/** Secrets and, for multi-line ones (the PEM key), each of their longer lines on its own. */
export function secretNeedles(secrets: readonly string[]): string[] {
  const lines = secrets.flatMap((secret) => (secret.includes('\n') ? secret.split('\n') : []))
  return [...secrets, ...lines.filter((line) => line.length >= 12)]
}
