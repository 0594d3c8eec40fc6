import type { Page } from '@playwright/test'

import { expect, test } from './fixtures'

const rows = (page: Page) => page.getByRole('table', { name: 'Audit logs' }).locator('tbody tr[data-row-id]')

async function useDemo(page: Page, source: 'UiPath' | 'BloodHound') {
  await page.goto('/settings/connection')
  await page.getByLabel('Source').selectOption({ label: source })
  await page.getByRole('button', { name: 'Use demo data' }).click()
  await expect(page.getByLabel('Reading from')).toContainText(`Demo · ${source}`)
  await expect(rows(page).first()).toBeVisible()
}

test('UiPath: list, sort by user and category, open an entry, nothing the API cannot do is offered', async ({
  page,
}) => {
  const requests: URL[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname.endsWith('/audit_/api/auditlogs')) requests.push(url)
  })
  await useDemo(page, 'UiPath')
  await expect(page.getByRole('columnheader', { name: 'Message' })).toBeVisible()
  // No filters, no time range: UiPath's list takes none.
  await expect(page.getByRole('group', { name: 'Filters' })).toHaveCount(0)
  await expect(page.getByRole('columnheader', { name: 'Message' }).getByRole('button')).toHaveCount(0)

  await page.getByRole('columnheader', { name: 'User' }).getByRole('button').click()
  await expect(page.getByRole('columnheader', { name: 'User' })).toHaveAttribute('aria-sort', 'ascending')
  await expect(page.getByRole('table', { name: 'Audit logs' })).toHaveAttribute('aria-busy', 'false')
  await page.getByRole('columnheader', { name: 'Category / Action' }).getByRole('button').click()
  await expect(page.getByRole('columnheader', { name: 'Category / Action' })).toHaveAttribute('aria-sort', 'ascending')

  for (const url of requests) {
    for (const key of url.searchParams.keys()) expect(['top', 'skip', 'sortBy', 'sortOrder', 'language']).toContain(key)
    expect(url.searchParams.get('sortBy')).toMatch(/^(createdOn|email|category)$/)
  }

  await rows(page).first().locator('a.row-link').click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByText('Message', { exact: true })).toBeVisible()
  await expect(dialog.getByRole('heading', { name: 'Details' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
})

test('BloodHound: one row per change, paired with its intent, and an intent whose outcome was never recorded', async ({
  page,
}) => {
  const requests: URL[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname.endsWith('/api/v2/audit')) requests.push(url)
  })
  await useDemo(page, 'BloodHound')
  // Newest first is the only order the server has: stated, not offered as a toggle.
  await expect(page.getByRole('columnheader', { name: 'Time' })).toHaveAttribute('aria-sort', 'descending')
  await expect(page.getByRole('columnheader', { name: 'Time' }).getByRole('button')).toHaveCount(0)

  // Page until a dangling intent shows up (they are a few percent of changes).
  const unrecorded = page.getByRole('table', { name: 'Audit logs' }).getByText('Outcome not recorded')
  for (let i = 0; i < 8 && (await unrecorded.count()) === 0; i += 1) {
    await page.getByRole('button', { name: 'Next page' }).click()
    await expect(page.getByRole('table', { name: 'Audit logs' })).toHaveAttribute('aria-busy', 'false')
  }
  await expect(unrecorded.first()).toBeVisible()

  // A paired change opens with its intent record.
  const paired = rows(page).filter({ hasText: 'Succeeded' }).filter({ hasNotText: 'LoginAttempt' }).first()
  await paired.locator('a.row-link').click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByText(/^Intent recorded/)).toBeVisible()
  await expect(dialog.getByRole('heading', { name: 'Intent record' })).toBeVisible()
  await page.keyboard.press('Escape')

  // Filter by one actor: the request uses BloodHound's column filter syntax.
  const actorButton = rows(page)
    .first()
    .getByRole('button', { name: /^Filter by actor / })
  await actorButton.click()
  await expect(page.getByRole('button', { name: /^Remove filter Actor: / })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Audit logs' })).toHaveAttribute('aria-busy', 'false')
  const last = requests.at(-1)!
  expect(last.searchParams.get('actor_id')).toMatch(/^eq:[0-9a-f-]{36}$/)
  for (const url of requests) {
    expect(url.searchParams.get('skip')).toBe(url.searchParams.get('offset'))
    for (const key of url.searchParams.keys()) {
      expect(['skip', 'offset', 'limit', 'before', 'after', 'sort_by', 'actor_id']).toContain(key)
    }
  }
})

test('BloodHound: filter by a source address from a row and by an actor’s email from the drawer', async ({ page }) => {
  const requests: URL[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname.endsWith('/api/v2/audit')) requests.push(url)
  })
  const table = page.getByRole('table', { name: 'Audit logs' })
  await useDemo(page, 'BloodHound')

  // The row's address, whole as logged: the request matches it with eq:, and every row has it.
  const first = rows(page).first()
  const address = (await first.locator('td.col-ip').innerText()).trim()
  await first.getByRole('button', { name: /^Filter by source address / }).click()
  const addressChip = page.getByRole('button', { name: /^Remove filter Source address: / })
  await expect(addressChip).toBeVisible()
  await expect(page).toHaveURL(/[?&]address=/)
  await expect(table).toHaveAttribute('aria-busy', 'false')
  expect(requests.at(-1)!.searchParams.get('source_ip_address')).toMatch(/^eq:/)
  for (const cell of await rows(page).locator('td.col-ip').allInnerTexts()) expect(cell.trim()).toBe(address)

  // From the drawer, "this email" replaces nothing else: both filters hold (repeated columns AND).
  await addressChip.click()
  await expect(page).not.toHaveURL(/[?&]address=/)
  await expect(table).toHaveAttribute('aria-busy', 'false')
  const withEmail = rows(page)
    .filter({ has: page.locator('td.col-actor .party-type') })
    .first()
  const email = (await withEmail.locator('td.col-actor .party-type').innerText()).trim()
  await withEmail.locator('a.row-link').click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('button', { name: 'Filter by this email' }).first().click()
  await expect(dialog).toHaveCount(0)
  await expect(page.getByRole('button', { name: `Remove filter Actor email: ${email}` })).toBeVisible()
  await expect(table).toHaveAttribute('aria-busy', 'false')
  expect(requests.at(-1)!.searchParams.get('actor_email')).toBe(`eq:${email}`)
  const emails = await rows(page).locator('td.col-actor .party-type').allInnerTexts()
  expect(emails.length).toBeGreaterThan(0)
  for (const shown of emails) expect(shown.trim()).toBe(email)
  await page.screenshot({ path: 'test-results/bloodhound-email-filter.png' })

  for (const url of requests) {
    for (const [key, value] of url.searchParams) {
      expect(['skip', 'offset', 'limit', 'before', 'after', 'sort_by', 'source_ip_address', 'actor_email']).toContain(
        key,
      )
      if (key === 'source_ip_address' || key === 'actor_email') expect(value).toMatch(/^eq:/)
    }
  }
})
