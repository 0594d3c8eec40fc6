import { test } from './fixtures'
import { scanForAWordAndNeverASecret } from './journeys/scan-words'

test('a word no API filters on is found by a scan of the entries, and a secret never is', async ({ page }) => {
  await scanForAWordAndNeverASecret(page)
})
