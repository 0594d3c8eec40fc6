import { test } from './fixtures'
import { DEMO_API_PATH } from './journey-helpers'
import { copyApiRequest } from './journeys/copy-api-request'

const DEMO_ORG_ID = '5f1e0c6a9d3b2a0017c4e8a1'

test('support copies the request behind a filtered view as a URL and a curl command, without the token', async ({
  page,
  baseURL,
}) => {
  // On the built-in demo API, the request goes to the app's own origin, where it answers.
  await copyApiRequest(page, { listUrl: `${baseURL}${DEMO_API_PATH}${DEMO_ORG_ID}/audit-logs` })
})
