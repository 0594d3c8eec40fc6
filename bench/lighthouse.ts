/**
 * Lighthouse (npm package, v12: v13 needs Node 22) performance category on the production build,
 * mobile and desktop presets. Lighthouse drives its own Chromium over a DevTools port; we start
 * Debian's Chromium ourselves (what chrome-launcher would do) so no extra dependency is needed.
 * Lighthouse resets storage before each run, so every run is a first visit in which the demo API's
 * service worker registers.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import lighthouse, { desktopConfig } from 'lighthouse'

import type { BenchOptions } from './options'
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './options'
import type { Summary } from './stats'
import { summarize } from './stats'

export const PRESETS = ['mobile', 'desktop'] as const
export type Preset = (typeof PRESETS)[number]

const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
} as const
type Metric = keyof typeof METRICS

export interface LighthouseSample {
  score: number
  metrics: Partial<Record<Metric, number>>
  /** Audits that cost the most score, for the report. */
  opportunities: string[]
}

export interface LighthousePreset {
  score?: Summary
  metrics: Partial<Record<Metric, Summary>>
  samples: LighthouseSample[]
  lighthouseVersion: string
}

export type LighthouseResults = Record<Preset, LighthousePreset>

/** Starts Chromium with a DevTools port; resolves once it prints the port. */
async function launchDebuggableChromium(): Promise<{ port: number; kill: () => Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'bench-lh-'))
  const child = spawn(
    CHROMIUM_PATH,
    [
      ...CHROMIUM_FLAGS,
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--no-default-browser-check',
      'about:blank',
    ],
    // Its own process group, so stopping it stops its helper processes too.
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  )
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const kill = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        child.kill('SIGTERM')
      }
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))])
    // A helper still flushing the profile must not fail the measurement: removal is best effort.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
    } catch (error) {
      console.warn(`  could not remove ${profile}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  const port = await new Promise<number>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`Chromium printed no DevTools port:\n${output}`)), 30_000)
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(Number(match[1]))
      }
    })
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${output}`)))
  }).catch(async (error: unknown) => {
    await kill()
    throw error
  })
  return { port, kill }
}

/** Lighthouse on `origin + urlPath`: the app's list page, or the floor's. */
export async function measureLighthouse(
  origin: string,
  urlPath: string,
  options: BenchOptions,
): Promise<LighthouseResults> {
  const results = {} as LighthouseResults
  for (const preset of PRESETS) {
    const chrome = await launchDebuggableChromium()
    const samples: LighthouseSample[] = []
    let version = ''
    try {
      for (let run = 0; run < options.lighthouseRuns; run++) {
        const result = await lighthouse(
          `${origin}${urlPath}`,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
          preset === 'desktop' ? desktopConfig : undefined,
        )
        if (!result) throw new Error('Lighthouse returned no result')
        const lhr = result.lhr
        if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
        version = lhr.lighthouseVersion
        const metrics: LighthouseSample['metrics'] = {}
        for (const [key, audit] of Object.entries(METRICS) as [Metric, string][]) {
          const value = lhr.audits[audit]?.numericValue
          if (value !== undefined) metrics[key] = value
        }
        const opportunities = Object.values(lhr.audits)
          .filter((audit) => audit.details?.type === 'opportunity' && (audit.score ?? 1) < 0.9)
          .map((audit) => audit.title)
        samples.push({ score: Math.round((lhr.categories.performance?.score ?? 0) * 100), metrics, opportunities })
        const last = samples.at(-1)!
        console.log(
          `  lighthouse ${urlPath} ${preset} run ${run + 1}/${options.lighthouseRuns}: ${last.score} (LCP ${Math.round(last.metrics.lcp ?? NaN)} ms, TBT ${Math.round(last.metrics.tbt ?? NaN)} ms)`,
        )
      }
    } finally {
      await chrome.kill()
    }
    results[preset] = {
      score: summarize(samples.map((s) => s.score)),
      metrics: Object.fromEntries(
        (Object.keys(METRICS) as Metric[]).map((key) => [key, summarize(samples.flatMap((s) => s.metrics[key] ?? []))]),
      ),
      samples,
      lighthouseVersion: version,
    }
  }
  return results
}
