import { test } from '../fixtures'
import { copyApiRequest } from '../journeys/copy-api-request'
import { MOCK_API_URL } from '../ports'

const ORG_ID = '5f1e0c6a9d3b2a0017c4e8a1'

test('support copies the request behind a filtered view, addressed to the configured API', async ({ page }) => {
  await copyApiRequest(page, { listUrl: `${MOCK_API_URL}/orgs/${ORG_ID}/audit-logs` })
})
