import type { Page } from '@playwright/test'

import { createLosantDataset } from '../../src/mocks/losant/dataset'
import { LOSANT_DEMO_SECRETS } from '../../src/mocks/losant/secrets'
import { expect } from '../fixtures'

/**
 * The demo's integration edit whose raw request body holds a database host beside a password the
 * server did not redact: the host is a word no API filters on, the password a secret. Found by
 * content, so it holds whatever clock the API's data was built on.
 */
export function plantedSecret(): { word: string; secret: string } {
  const word = 'db.internal.acme'
  const carrier = createLosantDataset().entries.find((entry) => JSON.stringify(entry.requestBody ?? '').includes(word))
  const secret = LOSANT_DEMO_SECRETS.find((value) => JSON.stringify(carrier?.requestBody ?? '').includes(value))
  if (!carrier || !secret) throw new Error('the demo data no longer plants a password beside db.internal.acme')
  return { word, secret }
}

async function search(page: Page, query: string) {
  const box = page.getByRole('combobox', { name: 'Search audit logs' })
  await box.fill(query)
  await box.press('Enter')
}

/**
 * Support staff look for a word inside request bodies (no vendor filters on it): the scan reads the
 * range's entries in the page, finds the one holding it and opens it; the secret beside the word
 * is never found, since only redacted entries are scanned.
 */
export async function scanForAWordAndNeverASecret(page: Page) {
  const { word, secret } = plantedSecret()
  await page.goto('/settings/audit-logs')
  await expect(page.getByRole('table', { name: 'Audit logs' }).locator('tbody tr[data-row-id]').first()).toBeVisible()

  await search(page, `request:integration.patch ${word}`)
  await expect(page).toHaveURL(/request=integration\.patch/)
  const scan = page.getByRole('region', { name: `Scan for “${word}”` })
  await expect(scan.getByRole('status')).toHaveText(/^Scan of [\d,]+ entries complete: [1-9][\d,]* match/)
  const matches = scan.getByRole('list', { name: 'Matching entries, newest first' }).getByRole('listitem')
  await expect(matches.first().locator('mark').first()).toHaveText(word)
  await expect(scan).not.toContainText(secret)

  // A match opens its entry over the list, the search kept.
  await matches.first().getByRole('link').first().click()
  const drawer = page.getByRole('dialog', { name: /^Audit log / })
  await expect(drawer.getByRole('heading', { level: 2 })).toBeVisible()
  await expect(page).toHaveURL(/\/settings\/audit-logs\/[0-9a-f]{24}\?request=integration\.patch/)
  await expect(drawer).toContainText(word)
  await expect(drawer).not.toContainText(secret)
  await page.keyboard.press('Escape')
  await expect(drawer).toHaveCount(0)

  // The password itself, typed as a word: nothing holds it.
  await search(page, `request:integration.patch ${secret}`)
  const secretScan = page.getByRole('region', { name: /^Scan for/ })
  await expect(secretScan.getByRole('status')).toHaveText(
    /^No entry among the [\d,]+ entries scanned holds every word\.$/,
  )
  await expect(secretScan.getByRole('list', { name: 'Matching entries, newest first' })).toHaveCount(0)

  // Closing the scan takes its words out of the box; the filter stays.
  await secretScan.getByRole('button', { name: 'Close scan' }).click()
  await expect(secretScan).toHaveCount(0)
  await expect(page.getByRole('combobox', { name: 'Search audit logs' })).toHaveValue('request:integration.patch')
}
