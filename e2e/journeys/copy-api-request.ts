import type { Page } from '@playwright/test'

import { expect, test } from '../fixtures'
import { auditTable, dataRows, STARTUP } from '../journey-helpers'

/** A token in the tab, as "Remember for this tab" keeps one: it reaches the API and nothing else. */
const TOKEN = 'e2e-support-token-7c1d9e4a2b'

/**
 * Support narrows the list to one actor type with its chip, opens "Copy as API request" from the
 * keyboard and copies the URL and the curl command: both are the request the list itself sent
 * (`listUrl`, the API's list address, plus the filter's `auditLogFilter[...]` query), the curl
 * names `$TOKEN`, and the token the page sends is in neither. Escape closes it, focus returns.
 */
export async function copyApiRequest(page: Page, { listUrl }: { listUrl: string }) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.addInitScript((token) => {
    sessionStorage.setItem(
      'audit-dashboard.connection',
      JSON.stringify({ layer: { token }, demo: false, remember: true }),
    )
  }, TOKEN)
  const sent: { url: string; authorization: string | undefined }[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (`${url.origin}${url.pathname}` === listUrl && url.searchParams.get('perPage') !== '1') {
      sent.push({ url: request.url(), authorization: request.headers().authorization })
    }
  })

  await page.goto('/settings/audit-logs')
  await expect(dataRows(page)).toHaveCount(50, STARTUP)

  // Actor type → User, with the chip.
  const filters = page.getByRole('group', { name: 'Filters' })
  await filters.getByRole('button', { name: 'Actor type filter', exact: true }).click()
  const actorList = page.getByRole('dialog', { name: 'Actor type' })
  await actorList.getByRole('checkbox', { name: /^User\b/ }).click()
  await page.keyboard.press('Escape')
  await expect(actorList).toBeHidden()
  await expect(page).toHaveURL(/[?&]actorType=User(&|$)/)
  await expect(auditTable(page)).not.toHaveAttribute('aria-busy', 'true')
  // The page on screen is the first; the list may also fetch the next one ahead.
  const isShownPage = (url: string) => {
    const query = new URL(url).searchParams
    return query.get('page') === '0' && query.has('auditLogFilter[actor][0][type]')
  }
  await expect.poll(() => sent.some(({ url }) => isShownPage(url))).toBe(true)
  const listed = sent.find(({ url }) => isShownPage(url))!

  // Opened from the keyboard.
  const trigger = page.getByRole('button', { name: 'Copy as API request' })
  await trigger.focus()
  await page.keyboard.press('Enter')
  const popover = page.getByRole('dialog', { name: 'API request for this view' })
  const urlBox = popover.getByRole('textbox', { name: /^Request URL/ })
  await expect(urlBox).not.toHaveValue('')
  await page.screenshot({ path: test.info().outputPath('api-request-popover.png') })

  const url = await urlBox.inputValue()
  expect(url).toBe(listed.url)
  expect(url.split('?')[0]).toBe(listUrl)
  expect(new URL(url).searchParams.get('auditLogFilter[actor][0][type]')).toBe('User')
  await expect(popover.getByText('GET', { exact: true })).toBeVisible()
  const curl = await popover.getByRole('textbox', { name: 'curl command' }).inputValue()
  expect(curl).toBe(`curl -H "Authorization: Bearer $TOKEN" '${url}'`)
  await expect(popover).toContainText('$TOKEN stands for it')

  await popover.getByRole('button', { name: 'Copy URL' }).click()
  await expect(popover.getByRole('status').filter({ hasText: 'Copy URL: copied' })).toBeAttached()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url)
  await popover.getByRole('button', { name: 'Copy curl command' }).click()
  await expect(popover.getByRole('status').filter({ hasText: 'Copy curl command: copied' })).toBeAttached()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(curl)

  // The page sends the token with every list request, and it is nowhere in what support copies.
  expect(listed.authorization).toBe(`Bearer ${TOKEN}`)
  expect(`${url}\n${curl}\n${await popover.innerText()}`).not.toContain(TOKEN)

  await page.keyboard.press('Escape')
  await expect(popover).toBeHidden()
  await expect(trigger).toBeFocused()
}
