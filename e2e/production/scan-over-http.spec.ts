import { test } from '../fixtures'
import { scanForAWordAndNeverASecret } from '../journeys/scan-words'

test('over HTTP, a scan finds a word inside request bodies and never the secret beside it', async ({ page }) => {
  await scanForAWordAndNeverASecret(page)
})
