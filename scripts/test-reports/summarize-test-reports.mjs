// Prints what the test runs came to, ending with the one line CI reads: "N passed, N failed".
// Plain JavaScript with no dependencies, so it runs even when `npm ci` did not.
import { existsSync, readFileSync } from 'node:fs'

import { formatSummary, summarize } from './summary.mjs'

function readJson(path) {
  if (!existsSync(path)) return undefined
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return undefined // a report cut short by a killed run counts as missing
  }
}

/** `reports/phases.tsv` (written by scripts/check.sh): one "name<TAB>exit status<TAB>seconds" a line. */
function readPhases(path) {
  if (!existsSync(path)) return []
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [name, status, seconds] = line.split('\t')
      return { name, status: Number(status), seconds: Number(seconds) }
    })
}

const phases = readPhases('reports/phases.tsv')
const summary = summarize({
  vitest: readJson('reports/vitest.json'),
  playwright: readJson('reports/playwright.json'),
  phases,
})
for (const phase of phases) console.log(`${phase.name}: exit ${phase.status} in ${phase.seconds} s`)
for (const note of summary.notes) console.log(note)
console.log(formatSummary(summary))
