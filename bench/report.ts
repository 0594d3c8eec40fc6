/** bench/results.md: the results as tables, targets first. */
import type { BundleReport, BundleResults } from './bundle'
import type { ChangeDiffStats } from './change-diff'
import type { DrawerResults } from './drawer'
import { BODY_SIZES } from './drawer'
import type { EnduranceResults, HeapReading } from './endurance'
import type { FirstRowsResults } from './first-rows'
import type { InteractionResults, InteractionStats } from './interactions'
import { INTERACTION_LABELS, INTERACTIONS } from './interactions'
import type { LighthouseResults } from './lighthouse'
import { PRESETS } from './lighthouse'
import type { LoadResults } from './load'
import type { Summary } from './stats'
import { summarize } from './stats'
import type { CheckedResults, ProfileResults, TargetCheck } from './targets'

export interface Meta {
  date: string
  durationSeconds: number
  git: { commit: string; dirty: boolean }
  node: string
  os: string
  cpu: { model: string; count: number }
  memoryGiB: number
  /** 1-minute load average when the bench started and ended: above the CPU count = noisy numbers. */
  loadAverage: { start: number; end: number }
  chromium: string
  options: { runs: number; lighthouseRuns: number; quick: boolean; cpuRates: number[]; phases: string[] }
}

export interface BenchResults extends CheckedResults {
  meta: Meta
  targets: TargetCheck[]
  errors: { phase: string; message: string }[]
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1)
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1)
const round = (value: number) => String(Math.round(value))

/** "min / **median** / max" */
function mmm(summary: Summary | undefined, format: (v: number) => string = round): string {
  if (!summary) return '–'
  return `${format(summary.min)} / **${format(summary.median)}** / ${format(summary.max)}`
}

function table(header: string[], rows: string[][]): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|').replace(/\n/g, ' ')
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`),
  ].join('\n')
}

/** The demo API's chunk (msw + src/mocks), whose script time LoAF attributes to it. */
function demoApiFile(b: BundleResults | undefined): string | undefined {
  return b?.app.chunks.find((chunk) => chunk.src === 'src/mocks/browser.ts')?.file.replace(/^.*\//, '')
}

/** Median main-thread script time spent in the demo API's chunk over the samples, ms. */
function demoApiMs(samples: readonly { scripts: Record<string, number> }[], file: string | undefined): string {
  if (!file) return '–'
  const median = summarize(samples.map((sample) => sample.scripts[file] ?? 0))?.median
  return median === undefined ? '–' : round(median)
}

const STATUS = { met: '✅ met', missed: '❌ missed', 'not measured': '– not measured', info: 'ℹ️ info' } as const

function targetsSection(targets: TargetCheck[]): string {
  return [
    '## Targets (product.md, "Numbers we hold ourselves to")',
    '',
    'Timings are judged on the median of the runs; CLS and "no task over" on the worst run.',
    '',
    table(
      ['target', 'measured', 'limit', 'status', 'by how much'],
      targets.map((t) => [t.target, t.measured, t.limit, STATUS[t.status], t.margin]),
    ),
  ].join('\n')
}

function bundleSection(b: BundleResults): string {
  const sizes = (label: string, r: BundleReport) => [
    label,
    kib(r.firstLoad.js.raw),
    kib(r.firstLoad.js.gzip),
    kib(r.firstLoad.js.brotli),
    `${kib(r.firstLoad.css.gzip)} / ${kib(r.firstLoad.css.brotli)}`,
    r.firstLoad.files.join(', '),
  ]
  const floorGroups = new Set(b.floor.chunks.flatMap((chunk) => chunk.modules.map((m) => m.group)))
  const lazyRows = b.app.lazy.map((chunk) => [
    chunk.file,
    chunk.src ?? '(shared)',
    kib(chunk.sizes.gzip),
    kib(chunk.sizes.brotli),
    chunk.modules
      .slice(0, 5)
      .map((m) => `${m.group} ${kib(m.rendered)}`)
      .join(', '),
  ])
  return [
    '## 1. Bundle',
    '',
    'First load = the entry chunk and its static imports (Vite manifest), KiB. gzip -9 and brotli -q 11 with node:zlib.',
    '',
    table(
      ['build', 'JS raw', 'JS gzip', 'JS brotli', 'CSS gzip / brotli', 'files'],
      [sizes('app', b.app), sizes('floor', b.floor)],
    ),
    '',
    `**Ratio app ÷ floor (first-load JS): gzip ${b.ratio.gzip.toFixed(2)}×, brotli ${b.ratio.brotli.toFixed(2)}×, raw ${b.ratio.raw.toFixed(2)}×.**`,
    '',
    '### What must stay out of the first load',
    '',
    table(
      ['code', 'where', 'chunks'],
      b.laziness.map((l) => [l.name, l.where, [...l.firstLoadFiles, ...l.lazyFiles].join(', ')]),
    ),
    '',
    '### Lazy chunks',
    '',
    table(['file', 'from', 'gzip KiB', 'brotli KiB', 'largest parts (KiB before minification)'], lazyRows),
    ...(b.app.lazyCss.length
      ? ['', `Lazy CSS: ${b.app.lazyCss.map((c) => `${c.file} (${kib(c.sizes.gzip)} KiB gzip)`).join(', ')}`]
      : []),
    '',
    '### What the app\'s first load holds (KiB before minification; "floor" = also in the floor build)',
    '',
    table(
      ['package / source folder', 'KiB', 'in floor'],
      b.firstLoadGroups.slice(0, 30).map((g) => [g.group, kib(g.rendered), floorGroups.has(g.group) ? 'floor' : '']),
    ),
  ].join('\n')
}

function loadSection(load: LoadResults, demoFile: string | undefined): string {
  const rows = Object.entries(load).flatMap(([rate, visits]) =>
    (['cold', 'warm'] as const).map((visit) => {
      const s = visits[visit].summary
      return [
        `${rate.replace('x', '×')} ${visit}`,
        mmm(s.fcp),
        mmm(s.lcp),
        mmm(s.cls, (v) => v.toFixed(3)),
        mmm(s.rowsVisible),
        mmm(s.ttfb),
        mmm(s.blocking),
        mmm(s.longestTask),
        demoApiMs(visits[visit].samples, demoFile),
      ]
    }),
  )
  const first = Object.values(load)[0]
  const elements = [...new Set(Object.values(load).flatMap((v) => [...v.cold.lcpElements, ...v.warm.lcpElements]))]
  return [
    '## 2. Load of /settings/audit-logs',
    '',
    "ms from navigation start, min / **median** / max. Cold = new browser profile (the demo API's service worker registers during the visit); warm = the same URL again in that profile.",
    '"Rows visible" = the first data rows painted (the list\'s real content; LCP may be an earlier text block). Blocking = Σ(long task − 50 ms) until the rows were painted (Lighthouse\'s TBT counts the same from FCP); demo API = main-thread script time in the demo API chunk until then (median).',
    '',
    table(['CPU, visit', 'FCP', 'LCP', 'CLS', 'rows visible', 'TTFB', 'blocking', 'longest task', 'demo API'], rows),
    '',
    `LCP element(s): ${elements.join('; ')}`,
    '',
    `Scripts fetched by a cold visit: ${first?.cold.scripts.join(', ') ?? '–'}`,
  ].join('\n')
}

function interactionSection(results: InteractionResults, demoFile: string | undefined): string {
  const parts = ['## 3. Interactions on a 100-row page', '']
  parts.push(
    'INP-style = longest Event Timing entry of the interaction (16 = "16 or less": the API reports nothing shorter). Painted = pointerdown → the new rows (drawer: its body) painted. API wait = until the last demo-API response it needed arrived. Demo API = main-thread script time in the demo API chunk meanwhile (msw runs its handlers on the page\'s main thread, so a real server would take this off the page). Ratios are of medians, app ÷ plain-DOM baseline; the INP ratio is below 1 where the app paints its new rows in a later task than the click\'s.',
  )
  for (const [rate, r] of Object.entries(results)) {
    const row = (label: string, s: InteractionStats) => [
      label,
      mmm(s.inp),
      mmm(s.painted),
      s.apiWait ? round(s.apiWait.median) : '–',
      demoApiMs(s.samples, demoFile),
      s.longestTask ? round(s.longestTask.median) : '–',
      s === r.baseline || !r.baseline.painted || !s.painted
        ? ''
        : `${(s.painted.median / r.baseline.painted.median).toFixed(1)}×`,
      s === r.baseline || !r.baseline.inp || !s.inp ? '' : `${(s.inp.median / r.baseline.inp.median).toFixed(1)}×`,
    ]
    parts.push(
      '',
      `### CPU ${rate.replace('x', '×')}`,
      '',
      table(
        [
          'interaction',
          'INP-style ms',
          'painted ms',
          'API wait ms (median)',
          'demo API ms (median)',
          'longest task ms (median)',
          'painted ÷ baseline',
          'INP ÷ baseline',
        ],
        [
          ...INTERACTIONS.map((name) => row(INTERACTION_LABELS[name], r.app[name])),
          row(INTERACTION_LABELS.baseline, r.baseline),
        ],
      ),
    )
  }
  return parts.join('\n')
}

function drawerSection(d: DrawerResults, demoFile: string | undefined): string {
  return [
    '## 4. Drawer bodies (CPU ×1)',
    '',
    'From the list: route change → drawer shell / "Response body" tree painted. Deep link: navigation start → tree painted. Longest task = longest main-thread task (≥ 50 ms) meanwhile, 0 = none. Demo API = main-thread script time in the demo API chunk during the open from the list (serializing and handing over the body; a real server does this elsewhere). ms, min / **median** / max.',
    '',
    table(
      [
        'entry',
        'body KiB',
        'shell',
        'body painted',
        'demo API (median)',
        'longest task',
        'deep link painted',
        'deep link longest task',
      ],
      BODY_SIZES.map((size) => [
        `${size} (${d[size].id})`,
        kib(d[size].bytes),
        mmm(d[size].shell),
        mmm(d[size].body),
        demoApiMs(d[size].samples, demoFile),
        mmm(d[size].longestTask),
        mmm(d[size].deepLink),
        mmm(d[size].deepLinkLongestTask),
      ]),
    ),
  ].join('\n')
}

function changeDiffSection(d: ChangeDiffStats): string {
  return [
    '## 4b. Compare with the previous change (two ~1 MB request bodies, CPU ×1)',
    '',
    `The later of two edits of one workflow (${d.after}) is open in the drawer; a click on "Compare with the previous change" → the list of differences painted: the request for the earlier edit (${d.before}), decoding, redaction, the sliced diff and the first rows. Longest task = longest main-thread task (≥ 50 ms) from the click until 300 ms after, 0 = none. ms, min / **median** / max.`,
    '',
    table(
      ['entries KiB (before, after)', 'differences painted', 'longest task', 'timeouts'],
      [[`${kib(d.bytes.before)}, ${kib(d.bytes.after)}`, mmm(d.painted), mmm(d.longestTask), String(d.timeouts)]],
    ),
  ].join('\n')
}

/** Sections 2–5 again for the build that reads the HTTP API, one heading level down. */
function httpProfileSection(p: ProfileResults, floor: LighthouseResults | undefined): string {
  const parts = [
    '## Profile B: the production build reading the mock vendor API over HTTP',
    '',
    'The build a deployment serves (`VITE_AUDIT_API_URL` = the mock API of the first-rows phase, the demo data in Losant’s format), measured as sections 2–5 measure the demo build. No demo API runs on the page; "demo API" columns are empty.',
  ]
  if (p.load) parts.push('', loadSection(p.load, undefined))
  if (p.interactions) parts.push('', interactionSection(p.interactions, undefined))
  if (p.drawer) parts.push('', drawerSection(p.drawer, undefined))
  if (p.changeDiff) parts.push('', changeDiffSection(p.changeDiff))
  if (p.lighthouse) parts.push('', lighthouseSection(p.lighthouse, floor))
  return parts
    .join('\n')
    .replace(/^## /gm, '### ')
    .replace(/^### Profile B/m, '## Profile B')
}

function lighthouseSection(l: LighthouseResults, floor: LighthouseResults | undefined): string {
  const opportunities = [...new Set(PRESETS.flatMap((p) => l[p].samples.flatMap((s) => s.opportunities)))]
  const builds: [string, LighthouseResults][] = [
    ['app', l],
    ...(floor ? [['floor', floor] as [string, LighthouseResults]] : []),
  ]
  const row = (build: string, r: LighthouseResults, p: (typeof PRESETS)[number]) => [
    `${p} · ${build}`,
    mmm(r[p].score),
    mmm(r[p].metrics.fcp),
    mmm(r[p].metrics.lcp),
    mmm(r[p].metrics.tbt),
    mmm(r[p].metrics.cls, (v) => v.toFixed(3)),
    mmm(r[p].metrics.si),
  ]
  return [
    `## 5. Lighthouse ${l.mobile.lighthouseVersion || l.desktop.lighthouseVersion} (performance, production build on the demo API)`,
    '',
    'App = /settings/audit-logs of the production build. Floor = the framework floor of section 1 (its list page, a 50-row page from the mock API over HTTP), served and measured the same way in the same run: what any app on this stack scores on this machine.',
    '',
    table(
      ['preset · build', 'score', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'Speed Index ms'],
      PRESETS.flatMap((p) => builds.map(([build, r]) => row(build, r, p))),
    ),
    '',
    `Lighthouse opportunities flagged for the app: ${opportunities.join('; ') || 'none'}`,
  ].join('\n')
}

function enduranceSection(e: EnduranceResults): string {
  const row = (label: string, h: Pick<HeapReading, 'usedHeap' | 'nodes' | 'listeners'>) => [
    label,
    mib(h.usedHeap),
    String(h.nodes),
    String(h.listeners),
  ]
  return [
    `## 6. Endurance (${e.pages} page turns at 25 rows, then ${e.drawers} drawers opened and closed; ${Math.round(e.seconds)} s)`,
    '',
    'JS heap after forced GC (CDP), DOM nodes and event listeners of the renderer.',
    '',
    table(
      ['after', 'heap MiB', 'DOM nodes', 'listeners'],
      [
        row('first page', e.start),
        ...e.checkpoints.map((c) => row(c.after, c)),
        row('the walk and the drawers', e.afterDrawers),
      ],
    ),
    '',
    `Growth ${e.growth.toFixed(2)}× (${(e.perPage / 1024).toFixed(1)} KiB per page turn, ${(e.perDrawer / 1024).toFixed(1)} KiB per drawer). Slowest page turn ${round(e.slowestPage)} ms, slowest drawer ${round(e.slowestDrawer)} ms.`,
  ].join('\n')
}

function firstRowsSection(f: FirstRowsResults): string {
  const rows: string[][] = []
  for (const [rate, { app, floor }] of Object.entries(f)) {
    const ratio =
      app.summary.rowsVisible && floor.summary.rowsVisible
        ? `${(app.summary.rowsVisible.median / floor.summary.rowsVisible.median).toFixed(2)}×`
        : '–'
    for (const [name, subject] of [
      ['app (over HTTP)', app],
      ['framework floor', floor],
    ] as const) {
      rows.push([
        `×${rate.slice(1)}`,
        name,
        mmm(subject.summary.rowsVisible),
        name === 'framework floor' ? '' : ratio,
        mmm(subject.summary.rowsAll),
        mmm(subject.summary.requestsBeforeRows),
        subject.requestsFirstWindow === undefined ? '–' : String(subject.requestsFirstWindow),
      ])
    }
  }
  const window = Object.entries(f).map(
    ([rate, { app }]) => `×${rate.slice(1)}: ${app.windowQueries?.join(', ') ?? '–'}`,
  )
  return [
    '## First rows, like for like (app over HTTP vs framework floor)',
    '',
    'Cold first visits of the app built for Losant reading the mock API over HTTP, and of the framework floor (bench/floor) reading the same 50-row page from the same API, alternated run by run. *Rows painted*: navigation start to the first data rows painted (ms, min / **median** / max); the app paints a screenful first and appends the rest of the page in the frames after (decision 009), so *whole page painted* is when the last of the 50 rows was painted (the same frame for the floor). *Requests*: to the vendor API, before the rows were painted (Resource Timing) and in the first 10 s of the first run (every request the browser sent).',
    '',
    table(
      [
        'CPU',
        'page',
        'rows painted',
        'app ÷ floor',
        'whole page painted',
        'requests before rows',
        'requests in first 10 s',
      ],
      rows,
    ),
    '',
    `The app's requests in its first 10 s (page/perPage): ${window.join('; ')}.`,
  ].join('\n')
}

export function renderMarkdown(r: BenchResults): string {
  const m = r.meta
  const busy = Math.max(m.loadAverage.start, m.loadAverage.end) > m.cpu.count
  const parts = [
    '# Bench results',
    '',
    `${m.date} · commit ${m.git.commit.slice(0, 10)}${m.git.dirty ? ' (with uncommitted changes)' : ''} · ${m.cpu.count} × ${m.cpu.model}, ${m.memoryGiB.toFixed(0)} GiB · ${m.os} · Node ${m.node} · Chromium ${m.chromium} · ${m.options.runs} runs per timing${m.options.quick ? ' (--quick)' : ''} · ${Math.round(m.durationSeconds)} s`,
    '',
    busy
      ? `> ⚠️ The machine was busy (1-minute load average ${m.loadAverage.start.toFixed(1)} at the start, ${m.loadAverage.end.toFixed(1)} at the end, on ${m.cpu.count} CPUs): timings are inflated and noisy. Re-run on a quiet machine before acting on a near miss.`
      : `Load average ${m.loadAverage.start.toFixed(1)} → ${m.loadAverage.end.toFixed(1)} on ${m.cpu.count} CPUs.`,
    '',
    targetsSection(r.targets),
  ]
  if (r.errors.length) {
    parts.push('', '## Phases that failed', '', ...r.errors.map((e) => `- **${e.phase}**: ${e.message.split('\n')[0]}`))
  }
  if (r.bundle) parts.push('', bundleSection(r.bundle))
  if (r.firstRows) parts.push('', firstRowsSection(r.firstRows))
  if (r.load) parts.push('', loadSection(r.load, demoApiFile(r.bundle)))
  if (r.interactions) parts.push('', interactionSection(r.interactions, demoApiFile(r.bundle)))
  if (r.drawer) parts.push('', drawerSection(r.drawer, demoApiFile(r.bundle)))
  if (r.changeDiff) parts.push('', changeDiffSection(r.changeDiff))
  if (r.lighthouse) parts.push('', lighthouseSection(r.lighthouse, r.lighthouseFloor))
  if (r.endurance) parts.push('', enduranceSection(r.endurance))
  if (r.http) parts.push('', httpProfileSection(r.http, r.lighthouseFloor))
  parts.push('', 'How each number is taken, and its caveats: bench/README.md.', '')
  return parts.join('\n')
}
