import { expect, test } from '../fixtures'
import { MOCK_API_URL } from '../ports'

test('the production build runs under its Content-Security-Policy with no violation', async ({ page }) => {
  const violations: string[] = []
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      )
    })
  })
  const response = await page.goto('/settings/audit-logs')
  const policy = response?.headers()['content-security-policy'] ?? ''
  expect(policy).toContain("script-src 'self'")
  expect(policy).toContain(`connect-src 'self' ${MOCK_API_URL}`)

  // Exercise the page: list, a filter popover, the chart, the drawer with its JSON viewer.
  await expect(page.getByRole('table', { name: 'Audit logs' }).locator('tbody tr[data-row-id]').first()).toBeVisible()
  await page.getByRole('button', { name: /^Actor type filter/ }).click()
  await page.keyboard.press('Escape')
  await page.locator('tbody tr[data-row-id] a.row-link').first().click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await expect(page.getByRole('dialog').getByText('Request body')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)

  expect(violations).toEqual([])
  // Nothing but this origin and the configured API was contacted.
  const { self, origins } = await page.evaluate(() => ({
    self: location.origin,
    origins: [...new Set(performance.getEntriesByType('resource').map((entry) => new URL(entry.name).origin))],
  }))
  expect(origins.filter((origin) => origin !== self && origin !== MOCK_API_URL)).toEqual([])
})
