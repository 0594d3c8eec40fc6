import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

import { expect, test } from './fixtures'

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
/**
 * axe leaves its experimental rules out unless asked. They include label-content-name-mismatch
 * (WCAG 2.5.3: a control's name contains the text it shows, so a speech-input user can say what
 * they see), which is only experimental in the axe-core that @axe-core/playwright bundles.
 */
const EXPERIMENTAL = ['experimental']

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number]

/**
 * A finding left out: label-in-name on an open treeitem of the JSON tree. The item holds its
 * children's group, as the WAI-ARIA tree pattern nests them, and axe counts their text as the
 * item's; the item is named by its own row (aria-labelledby), which is all it shows. Its row is
 * the same open or closed, and closed items are still checked.
 */
function isOpenTreeItemLabel(violation: Violation, html: string): boolean {
  return violation.id === 'label-content-name-mismatch' && /^<li role="treeitem"[^>]* aria-expanded="true"/.test(html)
}

/**
 * Radix's focus guards: empty spans it puts at both ends of <body> while a popover or dialog is
 * open, in the tab order so that its focus scope sees focus leave. focus-order-semantics flags
 * them (a tab stop with no role); they are Radix's to fix (radix-ui/primitives#3593), and making
 * them unfocusable would break the focus trap they serve.
 */
const RADIX_FOCUS_GUARDS = '[data-radix-focus-guard]'

async function expectNoViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page })
    .withTags([...WCAG, ...EXPERIMENTAL])
    .exclude(RADIX_FOCUS_GUARDS)
    .analyze()
  const found = violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isOpenTreeItemLabel(v, n.html)) }))
    .filter((v) => v.nodes.length > 0)
  expect(
    found.map(
      (v) =>
        `${what}: ${v.id} (${v.impact}) ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    ),
  ).toEqual([])
}

const rows = (page: Page) => page.getByRole('table', { name: 'Audit logs' }).locator('tbody tr[data-row-id]')

// axe walks the whole DOM, so the pages scanned here hold 25 rows.
for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme, expectedConsoleErrors: [/the server responded with a status of 404/] })
    // Each axe scan walks the whole DOM with every rule, several per test: on a busy 2-core
    // machine a test has taken 95 s, so these get the slow-test allowance (three times the timeout).
    test.slow()

    test('the list, with a filter open, is axe-clean', async ({ page }) => {
      await page.goto('/settings/audit-logs?size=25')
      await expect(rows(page)).toHaveCount(25)
      await expect(page.getByRole('figure', { name: 'Activity over time' })).toBeVisible()
      await expectNoViolations(page, 'list')
      await page.getByRole('button', { name: /^Sub-resource type filter/ }).click()
      await expect(page.getByRole('group', { name: 'Sub-resource type' })).toBeVisible()
      await expectNoViolations(page, 'list with a filter open')
    })

    test('the search box, with its suggestions open and with its problems listed, is axe-clean', async ({ page }) => {
      await page.goto('/settings/audit-logs?size=25')
      await expect(rows(page)).toHaveCount(25)
      const box = page.getByRole('combobox', { name: 'Search audit logs' })
      await box.click()
      await page.keyboard.type('actor-type:')
      await expect(page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first()).toBeVisible()
      await page.keyboard.press('ArrowDown')
      await expect(box).toHaveAttribute('aria-activedescendant', /.+/)
      await expectNoViolations(page, 'search box with suggestions')
      await box.fill('status:banana colour:red')
      await box.press('Enter')
      await expect(page.getByRole('alert').locator('mark')).toHaveCount(2)
      await expect(box).toHaveAttribute('aria-invalid', 'true')
      await expectNoViolations(page, 'search box with problems')
    })

    test('the saved views, columns and API request menus are axe-clean', async ({ page }) => {
      await page.goto('/settings/audit-logs?size=25&cols=time,actor,status,request')
      await expect(rows(page)).toHaveCount(25)
      const viewControls = page.getByRole('group', { name: 'View' })
      await viewControls.getByRole('button', { name: 'Views' }).click()
      const views = page.getByRole('dialog', { name: 'Saved views' })
      await views.getByRole('textbox', { name: 'Name the current view' }).fill('Without targets')
      await page.keyboard.press('Enter')
      await views.getByRole('button', { name: 'Open the page on “Without targets”' }).click()
      await expect(views.getByRole('status')).not.toBeEmpty()
      await expectNoViolations(page, 'saved views menu')
      await page.keyboard.press('Escape')
      await viewControls.getByRole('button', { name: 'Columns' }).click()
      await expect(
        page.getByRole('dialog', { name: 'Columns' }).getByRole('checkbox', { name: 'Target' }),
      ).toBeVisible()
      await expectNoViolations(page, 'columns menu')
      await page.keyboard.press('Escape')
      await page.getByRole('button', { name: 'Copy as API request' }).click()
      await expect(
        page.getByRole('dialog', { name: 'API request for this view' }).getByRole('textbox', { name: 'curl command' }),
      ).not.toHaveValue('')
      await expectNoViolations(page, 'API request popover')
    })

    test('the drawer, with a body expanded, is axe-clean', async ({ page }) => {
      await page.goto('/settings/audit-logs?size=25')
      await rows(page).first().locator('a.row-link').click()
      const dialog = page.getByRole('dialog')
      await expect(dialog.getByRole('tree').first()).toBeVisible()
      const collapsed = dialog.locator('[role="treeitem"][aria-expanded="false"]').first()
      if (await collapsed.count()) await collapsed.click()
      await expectNoViolations(page, 'drawer')
      await dialog.getByRole('button', { name: 'Raw' }).first().click()
      await expectNoViolations(page, 'drawer, raw view')
    })

    test('the Connection page is axe-clean', async ({ page }) => {
      await page.goto('/settings/connection')
      await expect(page.getByRole('heading', { name: 'Connection' })).toBeVisible()
      await page.getByRole('button', { name: 'Save and use' }).click()
      await expect(page.getByRole('alert')).toBeVisible()
      await expectNoViolations(page, 'connection with a validation error')
    })

    test('the empty, not-found and shortcuts states are axe-clean', async ({ page }) => {
      await page.goto('/settings/audit-logs?from=2020-01-01&to=2020-01-02')
      await expect(page.getByText('No entries match these filters')).toBeVisible()
      await expectNoViolations(page, 'empty list')
      await page.goto('/settings/audit-logs/ffffffffffffffffffffffff?size=25')
      await expect(page.getByText('Audit log entry not found')).toBeVisible()
      await expectNoViolations(page, 'entry not found')
      await page.keyboard.press('Escape')
      await expect(rows(page).first()).toBeVisible()
      // The entry had no row to go back to, so the focus is in the search box: out of it, then `?`.
      await expect(page.getByRole('combobox', { name: 'Search audit logs' })).toBeFocused()
      await page.keyboard.press('Tab')
      await page.keyboard.press('?')
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
      await expectNoViolations(page, 'shortcuts')
    })
  })
}

test('at 375 px the list is stacked cards with no horizontal scroll, and the filters live in a sheet', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 })
  await page.goto('/settings/audit-logs')
  await expect(rows(page).first()).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(
    true,
  )
  await page.getByRole('button', { name: 'Filters' }).click()
  const sheet = page.getByRole('dialog', { name: 'Filters' })
  await expect(sheet.getByRole('button', { name: /^Actor type filter/ })).toBeVisible()
  await expectNoViolations(page, 'filter sheet at 375 px')
  await sheet.getByRole('button', { name: 'Done' }).click()
  await rows(page).first().locator('a.row-link').click()
  const box = await page.getByRole('dialog').boundingBox()
  expect(box?.width).toBe(375)
})

test('keyboard only: list → search → filter → drawer → next → close, focus back on the row', async ({ page }) => {
  await page.goto('/settings/audit-logs?size=25')
  await expect(rows(page)).toHaveCount(25)
  // "/" goes to the search box; Tab goes on past its button and the view controls to the first
  // filter chip; Enter opens a chip; Space checks an option; Escape closes it.
  await page.keyboard.press('/')
  const searchBox = page.getByRole('combobox', { name: 'Search audit logs' })
  await expect(searchBox).toBeFocused()
  await expect(searchBox).toHaveValue('')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('search').getByRole('button', { name: 'Search' })).toBeFocused()
  const viewControls = page.getByRole('group', { name: 'View' })
  await page.keyboard.press('Tab')
  await expect(viewControls.getByRole('button', { name: 'Views' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(viewControls.getByRole('button', { name: 'Columns' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: /^Actor type filter/ })).toBeFocused()
  await page.keyboard.press('Enter')
  const options = page.getByRole('group', { name: 'Actor type' })
  await expect(options.getByRole('checkbox').first()).toBeFocused()
  await page.keyboard.press('Space')
  await expect(options.getByRole('checkbox').first()).toBeChecked()
  await expect(page).toHaveURL(/actorType=/)
  await page.keyboard.press('Escape')
  await expect(options).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^Actor type: / })).toBeFocused()
  await expect(page.getByRole('table', { name: 'Audit logs' })).toHaveAttribute('aria-busy', 'false')

  // j moves through rows; Enter opens the focused one.
  await page.keyboard.press('j')
  await expect(rows(page).nth(0).locator('a.row-link')).toBeFocused()
  await page.keyboard.press('j')
  await expect(rows(page).nth(1).locator('a.row-link')).toBeFocused()
  const second = await rows(page).nth(1).getAttribute('data-row-id')
  const third = await rows(page).nth(2).getAttribute('data-row-id')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: `Audit log ${second}` })).toBeVisible()
  // j in the drawer: the next entry.
  await page.keyboard.press('j')
  await expect(page.getByRole('dialog', { name: `Audit log ${third}` })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(rows(page).nth(2).locator('a.row-link')).toBeFocused()
})
