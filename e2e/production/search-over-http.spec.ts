import { test } from '../fixtures'
import {
  aBadQueryChangesNothing,
  adminTypesAQuery,
  slashFocusesTheBox,
  supportPastesAnId,
} from '../journeys/search-list'

/** The search box's journeys on the production build reading the mock API over HTTP. */
const MOCK_API = { pathPrefix: '/orgs/', pathPattern: /^\/orgs\/[0-9a-f]{24}\/audit-logs$/ }

// The drawer's not-found state is the API's 404, which Chromium logs.
test.use({ expectedConsoleErrors: [/the server responded with a status of 404/] })

test('an admin types a query with the suggestions, by keyboard; chips, rows and the request follow', async ({
  page,
}) => {
  test.slow()
  await adminTypesAQuery(page, MOCK_API)
})

test('support staff paste an entry id and its drawer opens; an id no entry has says so', async ({ page }) => {
  await supportPastesAnId(page)
})

test('a bad query marks each bad term and changes nothing; Escape gives back the search in force', async ({ page }) => {
  await aBadQueryChangesNothing(page, MOCK_API)
})

test('/ goes to the search box, but not while typing in another field', async ({ page }) => {
  await slashFocusesTheBox(page)
})
