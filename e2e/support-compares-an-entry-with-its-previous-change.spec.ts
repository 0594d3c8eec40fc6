import AxeBuilder from '@axe-core/playwright'

import { diffJson, formatJsonPath } from '../src/lib/json-diff'
import { redactJson } from '../src/lib/redaction'
import type { LosantAuditLog } from '../src/mocks/losant/dataset'
import { createLosantDataset, LOSANT_DEMO_SECRETS } from '../src/mocks/losant/dataset'
import { expect, test } from './fixtures'
import { pinClock, secretNeedles, STARTUP } from './journey-helpers'

const SECRETS = secretNeedles(LOSANT_DEMO_SECRETS)

const succeeded = (entry: LosantAuditLog) => entry.responseStatus! >= 200 && entry.responseStatus! < 300
const sameChange = (a: LosantAuditLog, b: LosantAuditLog) =>
  a.primaryTargetId === b.primaryTargetId &&
  a.secondaryTargetId === b.secondaryTargetId &&
  a.requestResource === b.requestResource &&
  a.requestAction === b.requestAction

/**
 * The newest entry with a request body whose previous change (same targets and request, a
 * success, strictly earlier) differs from it in a few places, found the way the server will.
 */
function findPair(entries: LosantAuditLog[]) {
  for (const [index, entry] of entries.entries()) {
    if (entry.requestBody === undefined) continue
    const previous = entries
      .slice(index + 1)
      .find((e) => sameChange(e, entry) && succeeded(e) && Date.parse(e.creationDate) < Date.parse(entry.creationDate))
    if (!previous?.requestBody) continue
    const changes = diffJson(redactJson(previous.requestBody).value, redactJson(entry.requestBody).value)
    if (changes.length >= 3) return { entry, previous, changes }
  }
  throw new Error('the demo data has no entry with an earlier change to compare with')
}

test('support staff compare an entry with the previous change to the same resource, and open that one', async ({
  page,
}, testInfo) => {
  const hour = await pinClock(page)
  const { entries } = createLosantDataset({ now: hour })
  const { entry, previous, changes } = findPair(entries)
  const count = (kind: string) => changes.filter((change) => change.kind === kind).length

  await page.goto(`/settings/audit-logs/${entry.id}`)
  const dialog = page.getByRole('dialog', { name: `Audit log ${entry.id}` })
  await expect(dialog.getByText(entry.actorName!, { exact: true }).first()).toBeVisible(STARTUP)

  // One request, made only when the comparison is opened.
  const compareRequests: string[] = []
  page.on('request', (request) => {
    // The chart's counts also ask for one entry; this one names the target.
    const params = new URL(request.url()).searchParams
    if (params.get('perPage') === '1' && params.get('auditLogFilter[primaryTarget][0][id]') === entry.primaryTargetId) {
      compareRequests.push(request.url())
    }
  })
  const section = dialog.locator('details', {
    has: page.getByRole('heading', { name: 'Compare with the previous change' }),
  })
  await section.getByRole('heading', { name: 'Compare with the previous change' }).click()
  const list = dialog.getByRole('list', { name: 'Differences in the request body' })
  await expect(list).toBeVisible()
  expect(compareRequests).toHaveLength(1)
  const asked = new URL(compareRequests[0]!).searchParams
  expect(asked.get('end')).toBe(String(Date.parse(entry.creationDate) - 1))
  expect(asked.get('sortField')).toBe('creationDate')
  expect(asked.get('sortDirection')).toBe('desc')
  expect(asked.get('auditLogFilter[request][0][action]')).toBe(entry.requestAction)

  const total = changes.length
  await expect(dialog.getByRole('status').filter({ hasText: /differences?:/ })).toHaveText(
    `${total.toLocaleString('en-US')} ${total === 1 ? 'difference' : 'differences'}: ${count('added')} added, ${count('removed')} removed, ${count('changed')} changed.`,
  )
  await expect(dialog).toContainText(previous.actorName!)
  // Rows in document order, each naming its kind and path.
  const items = list.getByRole('listitem')
  const kinds = { added: 'Added', removed: 'Removed', changed: 'Changed' }
  for (const [index, change] of changes.slice(0, 3).entries()) {
    await expect(items.nth(index)).toContainText(`${kinds[change.kind]} ${formatJsonPath(change.path, '(whole body)')}`)
  }
  await expect(items.first()).toHaveAttribute('aria-setsize', String(total))
  const html = await page.evaluate(() => document.documentElement.outerHTML)
  expect(SECRETS.filter((secret) => html.includes(secret))).toEqual([])

  await list.scrollIntoViewIfNeeded()
  await dialog.screenshot({ path: testInfo.outputPath('compare-with-previous-change.png') })
  // The comparison is accessible as it stands (contrast, names, the scrollable list focusable).
  const { violations } = await new AxeBuilder({ page })
    .include('.previous-change')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'experimental'])
    .analyze()
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])

  // The link opens the previous change in the drawer, over the same list.
  await dialog.getByRole('link', { name: 'Open the previous change' }).click()
  await expect(page).toHaveURL(new RegExp(`/settings/audit-logs/${previous.id}(\\?|$)`))
  const previousDialog = page.getByRole('dialog', { name: `Audit log ${previous.id}` })
  await expect(previousDialog.getByText(previous.actorName!, { exact: true }).first()).toBeVisible()
})
