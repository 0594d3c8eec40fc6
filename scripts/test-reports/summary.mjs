// @ts-check
/**
 * One honest line from the test runners' JSON reports: "N passed, N failed".
 *
 * Counting only failed tests reads green when a test file fails to load (its tests never exist),
 * when an error escapes every test, or when Playwright stops the whole run (a web server that
 * never starts, the global timeout). Each of those counts here as at least one failure, and so
 * does a report that is missing or a check phase that failed before the tests could say anything.
 */

/**
 * @typedef {{ status: string, fullName?: string, failureMessages?: string[] }} VitestTest
 * @typedef {{ status: string, message?: string, name: string, assertionResults: VitestTest[] }} VitestFile
 * @typedef {{ numPassedTests: number, numFailedTests: number, numPendingTests?: number, success?: boolean,
 *   testResults?: VitestFile[], unhandledErrors?: string[] }} VitestReport
 * @typedef {{ title: string, file?: string, line?: number, specs?: PlaywrightSpec[], suites?: PlaywrightSuite[] }} PlaywrightSuite
 * @typedef {{ title: string, file: string, line: number, tests: { projectName: string, status: string,
 *   results: { error?: { message?: string } }[] }[] }} PlaywrightSpec
 * @typedef {{ stats: { expected: number, unexpected: number, flaky: number, skipped: number },
 *   errors?: { message?: string }[], suites?: PlaywrightSuite[] }} PlaywrightReport
 * @typedef {{ name: string, status: number }} Phase
 * @typedef {{ passed: number, failed: number, skipped: number, notes: string[] }} Summary
 */

/**
 * @param {{ vitest?: VitestReport, playwright?: PlaywrightReport, phases?: Phase[] }} reports
 * @returns {Summary}
 */
export function summarize({ vitest, playwright, phases = [] }) {
  const summary = { passed: 0, failed: 0, skipped: 0, notes: /** @type {string[]} */ ([]) }
  addVitest(summary, vitest)
  addPlaywright(summary, playwright)
  for (const phase of phases) {
    // The test phases are counted from their reports; a failed static check counts once.
    if (phase.status !== 0 && !TEST_PHASES.has(phase.name)) {
      summary.failed += 1
      summary.notes.push(`${phase.name} failed (exit ${phase.status}${phase.status === 124 ? ': timed out' : ''}).`)
    } else if (phase.status === 124) {
      summary.notes.push(`${phase.name} timed out.`)
    }
  }
  return summary
}

const TEST_PHASES = new Set(['test:unit', 'test:e2e'])

/** @param {Summary} summary @param {VitestReport | undefined} report */
function addVitest(summary, report) {
  if (!report) {
    summary.failed += 1
    summary.notes.push('reports/vitest.json is missing: the unit tests did not run to the end.')
    return
  }
  summary.passed += report.numPassedTests
  summary.failed += report.numFailedTests
  summary.skipped += report.numPendingTests ?? 0
  for (const file of report.testResults ?? []) {
    // Each failed test by name, with the start of its failure: when the run's own output has
    // scrolled away, this is what says which test to look at (and a property's seed to replay).
    for (const test of file.assertionResults) {
      if (test.status === 'failed') {
        summary.notes.push(
          `Failed: ${relative(file.name)} › ${test.fullName}: ${firstLines(test.failureMessages?.[0])}`,
        )
      }
    }
    // A file that failed with no failed test in it never ran its tests: it failed to load, or a
    // hook around all its tests threw.
    if (file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed')) {
      summary.failed += 1
      summary.notes.push(`${file.name} failed outside its tests: ${firstLine(file.message)}`)
    }
  }
  for (const error of report.unhandledErrors ?? []) {
    summary.failed += 1
    summary.notes.push(`Unhandled error in the unit tests: ${firstLine(error)}`)
  }
  if (report.success === false && summary.failed === 0) {
    summary.failed += 1
    summary.notes.push('vitest reported the run as failed without naming a failed test.')
  }
}

/** @param {Summary} summary @param {PlaywrightReport | undefined} report */
function addPlaywright(summary, report) {
  if (!report) {
    summary.failed += 1
    summary.notes.push('reports/playwright.json is missing: the end-to-end tests did not run to the end.')
    return
  }
  summary.passed += report.stats.expected + report.stats.flaky
  summary.failed += report.stats.unexpected
  summary.skipped += report.stats.skipped
  for (const error of report.errors ?? []) {
    summary.failed += 1
    summary.notes.push(`Playwright run error: ${firstLine(error.message)}`)
  }
  for (const { spec, test } of playwrightTests(report.suites ?? [])) {
    if (test.status !== 'unexpected' && test.status !== 'flaky') continue
    const where = `[${test.projectName}] ${spec.file}:${spec.line} › ${spec.title}`
    const error = test.results.find((result) => result.error)?.error
    summary.notes.push(
      `${test.status === 'flaky' ? 'Flaky (passed on retry)' : 'Failed'}: ${where}: ${firstLines(error?.message)}`,
    )
  }
}

/** @param {PlaywrightSuite[]} suites @returns {Generator<{ spec: PlaywrightSpec, test: PlaywrightSpec['tests'][number] }>} */
function* playwrightTests(suites) {
  for (const suite of suites) {
    for (const spec of suite.specs ?? []) for (const test of spec.tests) yield { spec, test }
    yield* playwrightTests(suite.suites ?? [])
  }
}

/** @param {string} file */
function relative(file) {
  const root = `${process.cwd()}/`
  return file.startsWith(root) ? file.slice(root.length) : file
}

/**
 * The first lines of a failure, without terminal colours, on one line: enough for the assertion
 * and, for a property, fast-check's seed line.
 * @param {string | undefined} text
 */
function firstLines(text) {
  const lines = (text ?? '')
    // eslint-disable-next-line no-control-regex -- the terminal's colour codes, which Playwright's messages keep
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  const shown = lines.slice(0, 3).join(' ⏎ ')
  return (shown.length > 400 ? `${shown.slice(0, 400)}…` : shown) || '(no message)'
}

/** @param {string | undefined} text */
function firstLine(text) {
  return (text ?? '').trim().split('\n')[0] || '(no message)'
}

/** @param {Summary} summary */
export function formatSummary({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`
}
