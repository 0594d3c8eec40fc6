// @vitest-environment node
import { execFile } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import { formatSummary, summarize } from './summary.mjs'

const passingPlaywright = { stats: { expected: 3, unexpected: 0, flaky: 0, skipped: 0 }, errors: [] }
const passingVitest = {
  numPassedTests: 2,
  numFailedTests: 0,
  numPendingTests: 0,
  success: true,
  testResults: [{ name: 'a.test.ts', status: 'passed', message: '', assertionResults: [{ status: 'passed' }] }],
  unhandledErrors: [],
}

describe('summarize', () => {
  it('adds up two green reports', () => {
    expect(formatSummary(summarize({ vitest: passingVitest, playwright: passingPlaywright }))).toBe(
      '5 passed, 0 failed',
    )
  })

  it('counts a test file that failed to load, though none of its tests ran', () => {
    const vitest = {
      ...passingVitest,
      success: false,
      testResults: [
        ...passingVitest.testResults,
        { name: 'broken.test.ts', status: 'failed', message: 'Cannot find module', assertionResults: [] },
      ],
    }
    const summary = summarize({ vitest, playwright: passingPlaywright })
    expect(formatSummary(summary)).toBe('5 passed, 1 failed')
    expect(summary.notes.join('\n')).toContain('broken.test.ts failed outside its tests: Cannot find module')
  })

  it('does not count a file twice when its own tests failed', () => {
    const vitest = {
      ...passingVitest,
      numFailedTests: 1,
      success: false,
      testResults: [{ name: 'b.test.ts', status: 'failed', message: '', assertionResults: [{ status: 'failed' }] }],
    }
    expect(formatSummary(summarize({ vitest, playwright: passingPlaywright }))).toBe('5 passed, 1 failed')
  })

  it('counts each error that escaped every test', () => {
    const vitest = { ...passingVitest, success: true, unhandledErrors: ['Error: late', 'Error: later'] }
    expect(formatSummary(summarize({ vitest, playwright: passingPlaywright }))).toBe('5 passed, 2 failed')
  })

  it('counts a failed run that names no failed test', () => {
    const vitest = { ...passingVitest, success: false }
    expect(formatSummary(summarize({ vitest, playwright: passingPlaywright }))).toBe('5 passed, 1 failed')
  })

  it("counts Playwright's run-level errors and says what was skipped", () => {
    const playwright = {
      stats: { expected: 10, unexpected: 0, flaky: 1, skipped: 4 },
      errors: [{ message: 'Timed out waiting 900s for the entire test run' }],
    }
    const summary = summarize({ vitest: passingVitest, playwright })
    expect(formatSummary(summary)).toBe('13 passed, 1 failed, 4 skipped')
    expect(summary.notes).toContain('Playwright run error: Timed out waiting 900s for the entire test run')
  })

  it('counts a missing report and a failed check phase as failures', () => {
    const summary = summarize({
      playwright: passingPlaywright,
      phases: [
        { name: 'typecheck', status: 2 },
        { name: 'lint', status: 0 },
        { name: 'test:unit', status: 124 },
      ],
    })
    expect(formatSummary(summary)).toBe('3 passed, 2 failed')
    expect(summary.notes).toEqual([
      'reports/vitest.json is missing: the unit tests did not run to the end.',
      'typecheck failed (exit 2).',
      'test:unit timed out.',
    ])
  })
})

describe('the vitest report this project writes', () => {
  // A real vitest run over three files: one passes, one cannot load, one lets an error escape.
  const dir = path.resolve('reports/summary-fixture')
  const run = promisify(execFile)

  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('counts the file that failed to load and the escaped error', async () => {
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    const file = (name: string, text: string) => writeFileSync(path.join(dir, name), text)
    file('vitest.config.mjs', 'export default {}\n') // not the project's config
    file('ok.test.ts', "import { test } from 'vitest'\ntest('passes', () => {})\n")
    file('broken.test.ts', "import './does-not-exist'\nimport { test } from 'vitest'\ntest('never runs', () => {})\n")
    file(
      'escapes.test.ts',
      "import { test } from 'vitest'\ntest('passes, but leaves an error behind', () => { void Promise.reject(new Error('escaped')) })\n",
    )
    const report = path.join(dir, 'report.json')
    await run(
      process.execPath,
      [
        'node_modules/vitest/vitest.mjs',
        'run',
        '--root',
        dir,
        '--config',
        'vitest.config.mjs',
        '--environment',
        'node',
        '--reporter',
        path.resolve('scripts/test-reports/vitest-json-reporter.ts'),
        '--outputFile',
        report,
      ],
      { env: { ...process.env, CI: 'true' } },
    ).catch((error: unknown) => error) // it fails, as it should

    const summary = summarize({ vitest: JSON.parse(readFileSync(report, 'utf8')), playwright: passingPlaywright })
    expect(formatSummary(summary)).toBe('5 passed, 2 failed')
    expect(summary.notes.join('\n')).toMatch(/broken\.test\.ts failed outside its tests/)
    expect(summary.notes.join('\n')).toMatch(/Unhandled error in the unit tests: .*escaped/)
  })
})
