import type { Locator, Page } from '@playwright/test'
import qs from 'qs'

import { expect } from '../fixtures'
import { auditTable, dataRows, entryRow, STARTUP } from '../journey-helpers'

/** Where the list's API answers: the demo API's path, or the mock API's over HTTP. */
export interface ListApi {
  pathPrefix: string
  pathPattern: RegExp
}

/** An id no entry has: well-formed (24 hex digits), outside the data's id space. */
const MISSING_ENTRY_ID = 'ffffffffffffffffffffffff'

/** The search box once its query language has loaded (before that it is a plain textbox). */
export function searchBox(page: Page): Locator {
  return page.getByRole('combobox', { name: 'Search audit logs' })
}

function suggestions(page: Page): Locator {
  return page.getByRole('listbox', { name: 'Suggestions' })
}

function filtersGroup(page: Page): Locator {
  return page.getByRole('group', { name: 'Filters' })
}

/** The list requests (not the one-entry count probes of chips and chart) sent from now on. */
function recordListRequests(page: Page, api: ListApi): URL[] {
  const seen: URL[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname.startsWith(api.pathPrefix) && url.searchParams.get('perPage') !== '1') seen.push(url)
  })
  return seen
}

/** The rows' ids, once the table has settled. */
async function rowIds(page: Page): Promise<string[]> {
  await expect(auditTable(page)).not.toHaveAttribute('aria-busy', 'true')
  return dataRows(page).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row-id') ?? ''))
}

/** Opens the list and waits for the loaded search box (it loads once the first rows are painted). */
async function openList(page: Page, path = '/settings/audit-logs'): Promise<Locator> {
  await page.goto(path)
  await expect(dataRows(page).first()).toBeVisible(STARTUP)
  const box = searchBox(page)
  await expect(box).toBeVisible()
  return box
}

/**
 * Takes the suggestion named `name` by keyboard: ArrowDown until it is the active option (the
 * box's aria-activedescendant), then Enter.
 */
async function takeSuggestion(page: Page, name: string | RegExp) {
  const box = searchBox(page)
  const option = suggestions(page).getByRole('option', { name })
  await expect(option).toBeVisible()
  const id = await option.getAttribute('id')
  const count = await suggestions(page).getByRole('option').count()
  for (let i = 0; i < count && (await box.getAttribute('aria-activedescendant')) !== id; i++) {
    await page.keyboard.press('ArrowDown')
  }
  await expect(box).toHaveAttribute('aria-activedescendant', id!)
  await expect(option).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Enter')
}

/**
 * An admin types a query with the suggestions, by keyboard only, and applies it: the address, the
 * chips and the rows follow, and the list request carries the filter. A chip then changes the
 * query in the box, and Back and Forward walk the box with the page.
 */
export async function adminTypesAQuery(page: Page, api: ListApi) {
  const box = await openList(page)
  const everything = await rowIds(page)
  const requests = recordListRequests(page, api)
  await expect(box).toHaveValue('')
  await box.focus()

  // actor-type: from its first letters.
  await page.keyboard.type('actor-t')
  await expect(box).toHaveAttribute('aria-expanded', 'true')
  await expect(suggestions(page).getByRole('option')).toHaveText([/^actor-type:/])
  await takeSuggestion(page, /^actor-type:/)
  await expect(box).toHaveValue('actor-type:')

  // User, among the types, with how many loaded entries have it.
  await page.keyboard.type('Us')
  await expect(suggestions(page).getByRole('option', { name: /^User\b/ })).toContainText(/\d+ loaded/)
  await takeSuggestion(page, /^User\b/)
  await expect(box).toHaveValue('actor-type:User ')

  // request: a resource, then after: a preset.
  await page.keyboard.type('request:devic')
  await takeSuggestion(page, /^device\b(?!\.)/)
  await expect(box).toHaveValue('actor-type:User request:device ')
  await page.keyboard.type('after:30')
  await takeSuggestion(page, /^30d$/)
  const query = 'actor-type:User request:device after:30d'
  await expect(box).toHaveValue(`${query} `)
  // Nothing is applied before Enter.
  await expect(page).toHaveURL(/\/settings\/audit-logs$/)
  expect(requests).toEqual([])

  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/settings\/audit-logs\?/)
  const params = new URL(page.url()).searchParams
  expect(Object.fromEntries(params)).toEqual({ actorType: 'User', request: 'device', range: '30d' })
  await expect(box).toHaveValue(query)
  await expect(box).not.toHaveAttribute('aria-invalid', 'true')
  for (const name of ['Actor type: User (filter)', /^Request: device\b.*\(filter\)$/, 'Time range: Last 30 days']) {
    await expect(filtersGroup(page).getByRole('button', { name, exact: typeof name === 'string' })).toBeVisible()
  }

  // Every row is a user's, and the list changed.
  const filtered = await rowIds(page)
  expect(filtered.length).toBeGreaterThan(0)
  expect(filtered).not.toEqual(everything)
  const actorTypes = await auditTable(page).locator('tbody tr[data-row-id] td.col-actor .party-type').allInnerTexts()
  expect(actorTypes.length).toBe(filtered.length)
  for (const type of actorTypes) expect(type.trim()).toBe('User')

  // The vendor was asked for exactly that: Losant's filter, read as its server reads it (qs).
  const sent = requests.findLast((url) => url.searchParams.get('page') === '0')
  expect(sent, 'a list request for the first page').toBeDefined()
  expect(sent!.pathname).toMatch(api.pathPattern)
  const sentQuery = qs.parse(sent!.search.slice(1))
  expect(sentQuery.auditLogFilter).toEqual({ actor: [{ type: 'User' }], request: [{ resource: 'device' }] })
  expect(sentQuery.start).toMatch(/^\d+$/)
  expect(Math.abs(Number(sentQuery.start) - (Date.now() - 30 * 86_400_000))).toBeLessThan(5 * 60_000)

  // A chip changes the search: the box says so.
  await filtersGroup(page).getByRole('button', { name: 'Status filter', exact: true }).click()
  await page
    .getByRole('dialog', { name: 'Status' })
    .getByRole('checkbox', { name: /^4xx Client error\b/ })
    .click()
  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(/[?&]status=4xx(&|$)/)
  await expect(box).toHaveValue('actor-type:User request:device status:4xx after:30d')

  // Back: the box shows the query before the chip; Forward: with it again.
  await page.goBack()
  await expect(page).not.toHaveURL(/status=/)
  await expect(box).toHaveValue(query)
  await expect(filtersGroup(page).getByRole('button', { name: 'Status filter', exact: true })).toBeVisible()
  await page.goForward()
  await expect(page).toHaveURL(/[?&]status=4xx(&|$)/)
  await expect(box).toHaveValue('actor-type:User request:device status:4xx after:30d')
  await expect(
    filtersGroup(page).getByRole('button', { name: 'Status: 4xx Client error (filter)', exact: true }),
  ).toBeVisible()
}

/**
 * Support staff paste an entry's id into the box: the entry opens over the list, which keeps its
 * search; Escape goes back to the list. An id no entry has opens the drawer's not-found state.
 */
export async function supportPastesAnId(page: Page) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  const listPath = '/settings/audit-logs?actorType=User'
  const box = await openList(page, listPath)
  const ids = await rowIds(page)
  const id = ids[3]!
  expect(id).toMatch(/^[0-9a-f]{24}$/)

  // Pasted from the clipboard into the emptied box.
  await box.fill('')
  await page.evaluate((text) => navigator.clipboard.writeText(text), id)
  await box.press('ControlOrMeta+V')
  await expect(box).toHaveValue(id)
  await expect(suggestions(page).getByRole('option', { name: `Open entry ${id}` })).toBeVisible()
  await page.keyboard.press('Enter')

  const drawer = page.getByRole('dialog', { name: `Audit log ${id}` })
  await expect(drawer).toBeVisible()
  await expect(drawer.getByRole('heading', { level: 2 })).toHaveText(`Audit log ${id}`)
  await expect(page).toHaveURL(new RegExp(`/settings/audit-logs/${id}\\?actorType=User$`))

  // Escape: back on the list as it was, the focus on the entry's row.
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(page).toHaveURL(/\/settings\/audit-logs\?actorType=User$/)
  expect(await rowIds(page)).toEqual(ids)
  await expect(entryRow(page, id).locator('a.row-link')).toBeFocused()
  // The id did its work: the box shows the search in force, not the id.
  await expect(box).toHaveValue('actor-type:User')

  // A well-formed id no entry has: the drawer says so.
  await box.fill(MISSING_ENTRY_ID)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/settings/audit-logs/${MISSING_ENTRY_ID}\\?actorType=User$`))
  const missing = page.getByRole('dialog')
  await expect(missing.getByText('Audit log entry not found')).toBeVisible()
  await expect(missing.getByText(/No entry with this id exists in this organization\./)).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(page).toHaveURL(/\/settings\/audit-logs\?actorType=User$/)
}

/**
 * The drawer of an id no entry has, opened from the box and closed with Escape, gives the focus
 * back to the box: there is no row to return to.
 */
export async function closingAMissingEntryReturnsToTheBox(page: Page) {
  const box = await openList(page)
  await box.fill(MISSING_ENTRY_ID)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog').getByText('Audit log entry not found')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(box).toBeFocused()
}

/** The alert under the box, and the terms it marks. */
async function markedTerms(page: Page): Promise<string[]> {
  return page.getByRole('alert').locator('mark').allInnerTexts()
}

/**
 * A query with problems changes nothing: each bad term is marked with why, the box is invalid, no
 * request goes out, the address and rows stay; Escape gives back the search in force.
 */
export async function aBadQueryChangesNothing(page: Page, api: ListApi) {
  const inForce = 'actor-type:Device'
  const listPath = '/settings/audit-logs?actorType=Device'
  const box = await openList(page, listPath)
  await expect(box).toHaveValue(inForce)
  const rows = await rowIds(page)
  const requests = recordListRequests(page, api)
  const alert = page.getByRole('alert').filter({ hasText: 'nothing was sent' })

  // Several bad terms: each is marked, with its own message.
  await box.fill('status:banana colour:red after:yesterday')
  await box.press('Enter')
  await expect(alert).toContainText('The search has 3 problems; nothing was sent.')
  expect(await markedTerms(page)).toEqual(['status:banana', 'colour:red', 'after:yesterday'])
  const items = alert.getByRole('listitem')
  await expect(items.nth(0)).toContainText('Losant has no “status:” value “banana”')
  await expect(items.nth(1)).toContainText('There is no “colour:” key.')
  await expect(items.nth(2)).toContainText('“yesterday” is not a time for “after:”')
  await expect(box).toHaveAttribute('aria-invalid', 'true')
  await expect(box).toHaveAccessibleDescription(/Losant has no “status:” value “banana”/)
  await expect(page).toHaveURL(new RegExp(`${listPath.replace('?', '\\?')}$`))
  expect(await rowIds(page)).toEqual(rows)

  // Editing the query keeps the list of problems about the terms that were checked, not about
  // whatever text now sits at their place.
  await box.fill('request:device')
  expect(await markedTerms(page)).toEqual(['status:banana', 'colour:red', 'after:yesterday'])

  // An unclosed quote: the rest of the query from its term on is the one problem, however many
  // other terms are wrong.
  await box.fill('status:4xx after:"never colour:red')
  await box.press('Enter')
  await expect(alert).toContainText('The search has a problem; nothing was sent.')
  expect(await markedTerms(page)).toEqual(['after:"never colour:red'])
  await expect(alert.getByRole('listitem')).toHaveText(/This quote is never closed\./)
  await expect(box).toHaveAttribute('aria-invalid', 'true')
  await expect(page).toHaveURL(new RegExp(`${listPath.replace('?', '\\?')}$`))
  expect(await rowIds(page)).toEqual(rows)

  // Escape: the search in force, no alert.
  await page.keyboard.press('Escape')
  await expect(box).toHaveValue(inForce)
  await expect(alert).toHaveCount(0)
  await expect(box).not.toHaveAttribute('aria-invalid', 'true')
  expect(
    requests.map((url) => url.search),
    'no list request for a bad query',
  ).toEqual([])

  // A good query then goes out: the recorder above was listening all along.
  await box.fill('actor-type:Device status:4xx')
  await box.press('Enter')
  await expect(page).toHaveURL(/[?&]status=4xx(&|$)/)
  await expect.poll(() => requests.length).toBeGreaterThan(0)
  expect(qs.parse(requests[0]!.search.slice(1)).auditLogFilter).toMatchObject({ actor: [{ type: 'Device' }] })
}

/** `/` from the list goes to the box, without typing itself; not while another field is being typed in. */
export async function slashFocusesTheBox(page: Page) {
  const box = await openList(page)
  await page.locator('h1').click()
  await expect(box).not.toBeFocused()
  await page.keyboard.press('/')
  await expect(box).toBeFocused()
  await expect(box).toHaveValue('')

  // Typing in another field: `/` is that field's.
  const pageField = page.getByLabel('Page', { exact: true })
  await pageField.focus()
  await page.keyboard.press('/')
  await expect(pageField).toBeFocused()
  await expect(box).not.toBeFocused()

  // In the box itself, `/` is a character of the query.
  await box.focus()
  await page.keyboard.type('actor:a/b')
  await expect(box).toHaveValue('actor:a/b')
}
