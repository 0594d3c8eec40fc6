// Sums vitest's and Playwright's JSON reports into one line: "N passed, N failed".
// A report that is missing (its runner never ran) counts as one failure so CI cannot pass silently.
import { existsSync, readFileSync } from 'node:fs'

function read(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined
}

let passed = 0
let failed = 0

const vitest = read('reports/vitest.json')
if (vitest) {
  passed += vitest.numPassedTests
  failed += vitest.numFailedTests
} else {
  console.log('reports/vitest.json is missing: the unit tests did not run.')
  failed += 1
}

const playwright = read('reports/playwright.json')
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky
  failed += playwright.stats.unexpected
} else {
  console.log('reports/playwright.json is missing: the end-to-end tests did not run.')
  failed += 1
}

console.log(`${passed} passed, ${failed} failed`)
