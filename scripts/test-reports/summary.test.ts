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

  it('names each failed test with the start of its failure', () => {
    const vitest = {
      ...passingVitest,
      numFailedTests: 1,
      success: false,
      testResults: [
        {
          name: `${process.cwd()}/src/b.test.ts`,
          status: 'failed',
          message: '',
          assertionResults: [
            {
              status: 'failed',
              fullName: 'parse keeps the order',
              failureMessages: [
                'Error: Property failed after 3 tests\n{ seed: 42, path: "2" }\nCounterexample: [1]\nmore',
              ],
            },
            { status: 'passed', fullName: 'parse is quiet', failureMessages: [] },
          ],
        },
      ],
    }
    expect(summarize({ vitest, playwright: passingPlaywright }).notes).toEqual([
      'Failed: src/b.test.ts › parse keeps the order: Error: Property failed after 3 tests ⏎ { seed: 42, path: "2" } ⏎ Counterexample: [1]',
    ])
  })

  it('names the Playwright tests that failed or passed only on retry, in nested suites too', () => {
    const test = (projectName: string, status: string, message?: string) => ({
      projectName,
      status,
      results: [{ error: message === undefined ? undefined : { message } }, {}],
    })
    const playwright = {
      stats: { expected: 1, unexpected: 1, flaky: 1, skipped: 0 },
      errors: [],
      suites: [
        {
          title: 'a.spec.ts',
          specs: [{ title: 'passes', file: 'a.spec.ts', line: 3, tests: [test('demo', 'expected')] }],
          suites: [
            {
              title: 'faults',
              specs: [
                {
                  title: 'retries',
                  file: 'a.spec.ts',
                  line: 9,
                  tests: [
                    test(
                      'demo',
                      'unexpected',
                      '\u001b[31mError: expect(locator).toBeVisible()\u001b[39m\n\nLocator: x',
                    ),
                  ],
                },
                { title: 'waits', file: 'a.spec.ts', line: 20, tests: [test('production', 'flaky', 'Timeout')] },
              ],
            },
          ],
        },
      ],
    }
    expect(summarize({ vitest: passingVitest, playwright }).notes).toEqual([
      'Failed: [demo] a.spec.ts:9 › retries: Error: expect(locator).toBeVisible() ⏎ Locator: x',
      'Flaky (passed on retry): [production] a.spec.ts:20 › waits: Timeout',
    ])
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
  // A real vitest run over four files: one passes, one fails, one cannot load, one lets an error escape.
  const dir = path.resolve('reports/summary-fixture')
  const run = promisify(execFile)

  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('names the failed test and counts the file that failed to load and the escaped error', async () => {
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    const file = (name: string, text: string) => writeFileSync(path.join(dir, name), text)
    file('vitest.config.mjs', 'export default {}\n') // not the project's config
    file('ok.test.ts', "import { test } from 'vitest'\ntest('passes', () => {})\n")
    file('fails.test.ts', "import { expect, test } from 'vitest'\ntest('adds', () => { expect(1 + 1).toBe(3) })\n")
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
    expect(formatSummary(summary)).toBe('5 passed, 3 failed')
    expect(summary.notes.join('\n')).toContain('Failed: reports/summary-fixture/fails.test.ts › adds: AssertionError:')
    expect(summary.notes.join('\n')).toMatch(/broken\.test\.ts failed outside its tests/)
    expect(summary.notes.join('\n')).toMatch(/Unhandled error in the unit tests: .*escaped/)
  })
})
