import { test } from './fixtures'
import { DEMO_API_PATH } from './journey-helpers'
import {
  aBadQueryChangesNothing,
  adminTypesAQuery,
  closingAMissingEntryReturnsToTheBox,
  slashFocusesTheBox,
  supportPastesAnId,
} from './journeys/search-list'

/** The search box's journeys on the demo API (the same journeys run over HTTP in production/). */
const DEMO_API = { pathPrefix: DEMO_API_PATH, pathPattern: /^\/demo-api\/losant\/orgs\/[0-9a-f]{24}\/audit-logs$/ }

test.describe('on the demo API', () => {
  // The drawer's not-found state is the demo API's 404, which Chromium logs.
  test.use({ expectedConsoleErrors: [/the server responded with a status of 404/] })

  test('an admin types a query with the suggestions, by keyboard; chips, rows and the request follow', async ({
    page,
  }) => {
    // Several list loads and a chip round trip, with the demo API on the page's main thread.
    test.slow()
    await adminTypesAQuery(page, DEMO_API)
  })

  test('support staff paste an entry id and its drawer opens; an id no entry has says so', async ({ page }) => {
    await supportPastesAnId(page)
  })

  test('closing the drawer of an id no entry has gives the focus back to the search box', async ({ page }) => {
    await closingAMissingEntryReturnsToTheBox(page)
  })

  test('a bad query marks each bad term and changes nothing; Escape gives back the search in force', async ({
    page,
  }) => {
    await aBadQueryChangesNothing(page, DEMO_API)
  })

  test('/ goes to the search box, but not while typing in another field', async ({ page }) => {
    await slashFocusesTheBox(page)
  })
})
