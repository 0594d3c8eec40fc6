/** Command-line options and the fixed parameters of the bench. */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const BENCH_DIR = path.join(ROOT, 'bench')
export const TMP_DIR = path.join(BENCH_DIR, '.tmp')
/** Where the framework floor is built (bench/floor), beside the app's dist/. */
export const FLOOR_OUT_DIR = path.join(TMP_DIR, 'floor')
/** The app built to read the HTTP API (as a deployment would), for the first-rows phase. */
export const APP_HTTP_OUT_DIR = path.join(TMP_DIR, 'app-http')
/** The floor's list page: its counterpart of the app's /settings/audit-logs. */
export const FLOOR_LIST_PATH = '/list'
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** The flags the e2e suite uses: no sandbox (root in a container), no GPU, no background noise. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export const PHASES = ['first-rows', 'load', 'interactions', 'drawer', 'diff', 'endurance', 'lighthouse'] as const
export type Phase = (typeof PHASES)[number]

export interface BenchOptions {
  quick: boolean
  /** Repetitions of every browser timing. */
  runs: number
  lighthouseRuns: number
  cpuRates: number[]
  endurancePages: number
  enduranceDrawers: number
  phases: Set<Phase>
  port: number
  /** Where the mock vendor API listens (the first-rows phase). */
  apiPort: number
}

const USAGE = `usage: npm run bench -- [--quick] [--runs N] [--only ${PHASES.join(',')}]
  --quick   2 runs per timing, 1 Lighthouse run per preset, short endurance (for development)
  --runs N  runs per timing (default 5; Lighthouse uses the same number)
  --only    browser phases to run (the bundle is always built and measured)`

export function parseOptions(argv: readonly string[]): BenchOptions {
  const value = (flag: string) => {
    const index = argv.indexOf(flag)
    return index === -1 ? undefined : argv[index + 1]
  }
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE)
    process.exit(0)
  }
  const quick = argv.includes('--quick')
  const runs = Number(value('--runs') ?? (quick ? 2 : 5))
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer\n${USAGE}`)
  const only = value('--only')
    ?.split(',')
    .map((phase) => phase.trim())
  const unknown = only?.filter((phase) => !(PHASES as readonly string[]).includes(phase)) ?? []
  if (unknown.length) throw new Error(`unknown phase(s) ${unknown.join(', ')}\n${USAGE}`)
  return {
    quick,
    runs,
    lighthouseRuns: quick ? 1 : runs,
    cpuRates: [1, 4],
    endurancePages: quick ? 30 : 300,
    enduranceDrawers: quick ? 10 : 100,
    phases: new Set((only ?? PHASES) as Phase[]),
    port: Number(process.env.BENCH_PORT ?? 4180),
    apiPort: Number(process.env.BENCH_API_PORT ?? 8799),
  }
}
