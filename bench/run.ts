/**
 * `npm run bench [-- --quick] [-- --runs N] [-- --only load,interactions,…]`
 *
 * Builds the app and the framework floor, serves the build with `vite preview` on the demo API,
 * measures it in Debian's Chromium and with Lighthouse, and writes bench/results.json and
 * bench/results.md (a partial run: bench/.tmp/). A phase that fails is reported and the others still run.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser } from '@playwright/test'

import type { EntryApi } from './api-profile'
import { DEMO_ENTRY_API, httpEntryApi } from './api-profile'
import { launchBrowser } from './browser'
import { measureBundles } from './bundle'
import { measureChangeDiff } from './change-diff'
import { measureDrawers } from './drawer'
import { measureEndurance } from './endurance'
import { measureFirstRows } from './first-rows'
import type { HttpApi } from './http-api'
import { startHttpApi } from './http-api'
import { measureInteractions } from './interactions'
import { measureLighthouse } from './lighthouse'
import { LIST_PATH, measureLoad } from './load'
import type { BenchOptions, Phase } from './options'
import { APP_HTTP_OUT_DIR, BENCH_DIR, FLOOR_LIST_PATH, FLOOR_OUT_DIR, parseOptions, PHASES, ROOT } from './options'
import type { BenchResults, Meta } from './report'
import { renderMarkdown } from './report'
import { servePreview } from './serve'
import type { ProfileResults } from './targets'
import { checkTargets } from './targets'

function git(...args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim()
  } catch {
    return ''
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2))
  const began = Date.now()
  const loadStart = os.loadavg()[0]!
  const errors: BenchResults['errors'] = []
  const results: Omit<BenchResults, 'meta' | 'targets' | 'errors'> = {}

  /** Runs one phase; a failure is recorded, not fatal, so one broken selector costs one section. */
  async function phase<T>(name: string, run: () => Promise<T>): Promise<T | undefined> {
    const t = Date.now()
    console.log(`▶ ${name}`)
    try {
      const value = await run()
      console.log(`✓ ${name} (${Math.round((Date.now() - t) / 1000)} s)`)
      return value
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      console.error(`✗ ${name}: ${message}`)
      errors.push({ phase: name, message })
      return undefined
    }
  }
  const wanted = (name: Phase) => options.phases.has(name)

  /** The browser phases and Lighthouse on one build, served by `vite preview`. */
  async function measureProfile(
    distDir: string,
    entryApi: EntryApi,
    label: string,
    { endurance }: { endurance: boolean },
  ): Promise<{ results: ProfileResults; chromium: string }> {
    const profile: ProfileResults = {}
    let version = ''
    const served = await servePreview(options.port, distDir)
    console.log(`  ${label}: serving ${path.relative(ROOT, distDir)}/ at ${served.origin}`)
    const named = (name: string) => `${name} (${label})`
    try {
      let browser: Browser | undefined
      try {
        browser = await launchBrowser()
        version = browser.version()
        const b = browser
        if (wanted('load')) profile.load = await phase(named('load'), () => measureLoad(b, served.origin, options))
        if (wanted('interactions'))
          profile.interactions = await phase(named('interactions'), () =>
            measureInteractions(b, served.origin, options),
          )
        if (wanted('drawer'))
          profile.drawer = await phase(named('drawer bodies'), () =>
            measureDrawers(b, served.origin, options, entryApi),
          )
        if (wanted('diff'))
          profile.changeDiff = await phase(named('compare with the previous change (1 MB bodies)'), () =>
            measureChangeDiff(b, served.origin, options, entryApi),
          )
        if (endurance && wanted('endurance'))
          profile.endurance = await phase(named('endurance'), () => measureEndurance(b, served.origin, options))
      } finally {
        await browser?.close()
      }
      // Last, with Playwright's browser closed: Lighthouse runs its own and wants the CPU to itself.
      if (wanted('lighthouse'))
        profile.lighthouse = await phase(named('lighthouse'), () =>
          measureLighthouse(served.origin, LIST_PATH, options),
        )
    } finally {
      await served.close()
    }
    return { results: profile, chromium: version }
  }

  // The vendor API over HTTP, read by the floor and the app's HTTP build (first-rows phase); the
  // preview servers' policy lets the pages reach it.
  const api = await startHttpApi(options.apiPort)
  process.env.AUDIT_CSP_CONNECT_SRC = api.url
  let chromium = ''
  try {
    results.bundle = await phase('bundle (vite build: app, floor, app over HTTP)', () => measureBundles(api))
    if (!results.bundle) throw new Error('the build failed; nothing to measure')

    if (wanted('first-rows')) {
      results.firstRows = await phase('first rows (app over HTTP vs framework floor)', () =>
        firstRowsPhase(api, options),
      )
    }

    // Profile A, the demo: the build a new user meets first, its API on the page's own origin.
    const demo = await measureProfile(path.join(ROOT, 'dist'), DEMO_ENTRY_API, 'demo', { endurance: true })
    Object.assign(results, demo.results)
    // Profile B: the production build reading the mock vendor API over HTTP, as a deployment does.
    const http = await measureProfile(APP_HTTP_OUT_DIR, httpEntryApi(api), 'HTTP API', { endurance: false })
    results.http = http.results
    chromium = demo.chromium || http.chromium
    // The floor under the same Lighthouse run: what any app on this stack scores on this machine.
    if (wanted('lighthouse')) {
      results.lighthouseFloor = await phase('lighthouse (framework floor)', async () => {
        const floor = await servePreview(options.port, FLOOR_OUT_DIR)
        try {
          return await measureLighthouse(floor.origin, FLOOR_LIST_PATH, options)
        } finally {
          await floor.close()
        }
      })
    }
  } finally {
    await api.close()
  }

  const meta: Meta = {
    date: new Date(began).toISOString(),
    durationSeconds: (Date.now() - began) / 1000,
    git: {
      commit: git('rev-parse', 'HEAD'),
      dirty: git('status', '--porcelain', '--', 'src', 'index.html', 'vite.config.ts', 'package.json') !== '',
    },
    node: process.version,
    os: `${os.platform()} ${os.release()}`,
    cpu: { model: os.cpus()[0]?.model ?? 'unknown', count: os.cpus().length },
    memoryGiB: os.totalmem() / 2 ** 30,
    loadAverage: { start: loadStart, end: os.loadavg()[0]! },
    chromium,
    options: {
      runs: options.runs,
      lighthouseRuns: options.lighthouseRuns,
      quick: options.quick,
      cpuRates: options.cpuRates,
      phases: [...options.phases],
    },
  }
  const report: BenchResults = { meta, targets: checkTargets(results), errors, ...results }
  // Only a full run replaces the committed figures; a development run (fewer phases or runs) is
  // written beside them, where git does not look, so it cannot be committed by mistake.
  const full = options.phases.size === PHASES.length && options.runs >= 5 && !options.quick
  const dir = full ? BENCH_DIR : path.join(BENCH_DIR, '.tmp')
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'results.json'), `${JSON.stringify(report, null, 2)}\n`)
  writeFileSync(path.join(dir, 'results.md'), renderMarkdown(report))
  const where = path.relative(path.dirname(BENCH_DIR), dir)
  console.log(`\nWrote ${where}/results.json and ${where}/results.md in ${Math.round(meta.durationSeconds)} s.`)
  for (const t of report.targets)
    console.log(`  ${t.status.padEnd(12)} ${t.target}: ${t.measured} (${t.limit}) ${t.margin}`)
  if (errors.length) process.exitCode = 1
}

/** The app over HTTP and the floor, each on its own preview server, both reading `api`. */
async function firstRowsPhase(api: HttpApi, options: BenchOptions) {
  const app = await servePreview(options.port, APP_HTTP_OUT_DIR)
  const floor = await servePreview(options.port + 1, FLOOR_OUT_DIR)
  const browser = await launchBrowser()
  try {
    return await measureFirstRows(
      browser,
      { app: { origin: app.origin, path: LIST_PATH }, floor: { origin: floor.origin, path: FLOOR_LIST_PATH } },
      api.url,
      options,
    )
  } finally {
    await browser.close()
    await app.close()
    await floor.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
