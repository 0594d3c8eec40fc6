/**
 * Builds the app and the framework floor with the app's own Vite config, then sizes what the
 * browser must download before the first render (the entry chunk and its static imports, read
 * from Vite's manifest) against everything that loads later (lazy chunks).
 */
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib'

import type { Plugin } from 'vite'
import { build } from 'vite'

import { APP_HTTP_OUT_DIR, BENCH_DIR, FLOOR_OUT_DIR, ROOT, TMP_DIR } from './options'

export interface Sizes {
  raw: number
  gzip: number
  brotli: number
}

export interface ModuleShare {
  /** A package name (`react-dom`), a source folder (`src/components/json-viewer`) or a virtual module. */
  group: string
  /** Bytes this group contributes to the chunk before minification (Rolldown's renderedLength). */
  rendered: number
}

export interface ChunkInfo {
  file: string
  /** The module that makes it a chunk (its manifest key), e.g. `src/mocks/browser.ts`. */
  src?: string
  isEntry: boolean
  isDynamicEntry: boolean
  sizes: Sizes
  css: string[]
  modules: ModuleShare[]
}

export interface BundleReport {
  outDir: string
  firstLoad: { js: Sizes; css: Sizes; files: string[] }
  chunks: ChunkInfo[]
  lazy: ChunkInfo[]
  lazyCss: { file: string; sizes: Sizes }[]
}

export interface LazinessCheck {
  name: string
  /** Where its modules ended up. */
  where: 'lazy' | 'first load' | 'both' | 'not in the build'
  firstLoadFiles: string[]
  lazyFiles: string[]
}

export interface BundleResults {
  app: BundleReport
  floor: BundleReport
  /** App first-load JS ÷ floor first-load JS. */
  ratio: { gzip: number; brotli: number; raw: number }
  laziness: LazinessCheck[]
  /** What the app's first load holds beyond the floor's, by package / source folder. */
  firstLoadGroups: ModuleShare[]
}

/** Code that must not be in the first load (product.md) and code we want lazy (routes.tsx). */
const LAZY_EXPECTATIONS: { name: string; required: boolean; test: RegExp }[] = [
  { name: 'demo API (src/mocks, msw)', required: true, test: /\/src\/mocks\/|\/node_modules\/msw\// },
  { name: 'JSON viewer (src/components/json-viewer)', required: true, test: /\/src\/components\/json-viewer\// },
  {
    name: 'export (src/features/audit-logs/export, papaparse)',
    required: true,
    test: /\/src\/features\/audit-logs\/export\/|\/node_modules\/papaparse\//,
  },
  {
    name: 'activity chart (src/components/histogram)',
    required: false,
    test: /\/src\/components\/histogram\/|activity-chart\.tsx$/,
  },
  { name: 'drawer (audit-log-drawer)', required: false, test: /audit-log-drawer\.tsx$/ },
  {
    name: 'area message catalogues (src/lib/i18n/<area>-messages, decision 008)',
    required: false,
    test: /\/src\/lib\/i18n\/[a-z-]+-messages(\.en)?\.ts$/,
  },
]
export const REQUIRED_LAZY = new Set(LAZY_EXPECTATIONS.filter((e) => e.required).map((e) => e.name))

interface ManifestChunk {
  file: string
  src?: string
  isEntry?: boolean
  isDynamicEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}
type Manifest = Record<string, ManifestChunk>

/** fileName → module ids with their rendered length, recorded while Rolldown writes the bundle. */
type ModuleMap = Map<string, { id: string; rendered: number }[]>

function moduleCollector(into: ModuleMap): Plugin {
  return {
    name: 'bench:collect-modules',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue
        into.set(
          output.fileName,
          Object.entries(output.modules).map(([id, info]) => ({ id, rendered: info.renderedLength })),
        )
      }
    },
  }
}

export function sizesOf(files: readonly string[], dir: string): Sizes {
  const total: Sizes = { raw: 0, gzip: 0, brotli: 0 }
  for (const file of files) {
    const bytes = readFileSync(path.join(dir, file))
    total.raw += bytes.length
    // Maximum levels: what a host that precompresses static files would serve.
    total.gzip += gzipSync(bytes, { level: 9 }).length
    total.brotli += brotliCompressSync(bytes, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length
  }
  return total
}

/** `/abs/node_modules/@scope/pkg/x.js` → `@scope/pkg`; `/abs/src/a/b/c.tsx` → `src/a/b`. */
export function moduleGroup(id: string): string {
  const clean = id.replace(/\?.*$/, '')
  const nm = clean.lastIndexOf('/node_modules/')
  if (nm !== -1) {
    const parts = clean.slice(nm + '/node_modules/'.length).split('/')
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? clean)
  }
  if (!clean.startsWith('/')) return clean.replace(/^\0/, '') // virtual modules (runtime, preload helper)
  const rel = path.relative(ROOT, clean)
  return rel.startsWith('..') ? clean : path.dirname(rel)
}

function groupModules(modules: readonly { id: string; rendered: number }[]): ModuleShare[] {
  const groups = new Map<string, number>()
  for (const { id, rendered } of modules) groups.set(moduleGroup(id), (groups.get(moduleGroup(id)) ?? 0) + rendered)
  return [...groups].map(([group, rendered]) => ({ group, rendered })).sort((a, b) => b.rendered - a.rendered)
}

const EMPTY_ENV_DIR = path.join(TMP_DIR, 'no-env')

async function buildAndMeasure(options: {
  root: string
  outDir: string
}): Promise<{ report: BundleReport; modules: ModuleMap }> {
  const modules: ModuleMap = new Map()
  mkdirSync(EMPTY_ENV_DIR, { recursive: true })
  await build({
    configFile: path.join(ROOT, 'vite.config.ts'),
    root: options.root,
    mode: 'production',
    logLevel: 'warn',
    // No .env files (see measureBundles): an empty folder as the env directory.
    envDir: EMPTY_ENV_DIR,
    // The manifest is what tells the entry's static imports from its lazy ones.
    // chunkSizeWarningLimit: the bench reports every chunk's size itself.
    build: { manifest: true, outDir: options.outDir, emptyOutDir: true, chunkSizeWarningLimit: 100_000 },
    plugins: [moduleCollector(modules)],
  })
  const manifest = JSON.parse(readFileSync(path.join(options.outDir, '.vite/manifest.json'), 'utf8')) as Manifest

  const entryKey = Object.keys(manifest).find((key) => manifest[key]!.isEntry)
  if (!entryKey) throw new Error(`no entry in ${options.outDir}/.vite/manifest.json`)
  const firstKeys = new Set<string>()
  const visit = (key: string) => {
    if (firstKeys.has(key)) return
    firstKeys.add(key)
    for (const next of manifest[key]?.imports ?? []) visit(next)
  }
  visit(entryKey)

  const chunks: ChunkInfo[] = Object.entries(manifest)
    .filter(([, chunk]) => chunk.file.endsWith('.js'))
    .map(([key, chunk]) => ({
      file: chunk.file,
      src: chunk.src ?? (key.startsWith('_') ? undefined : key),
      isEntry: Boolean(chunk.isEntry),
      isDynamicEntry: Boolean(chunk.isDynamicEntry),
      sizes: sizesOf([chunk.file], options.outDir),
      css: chunk.css ?? [],
      modules: groupModules(modules.get(chunk.file) ?? []),
    }))
  const firstFiles = new Set([...firstKeys].map((key) => manifest[key]!.file))
  // Plain scripts the page loads itself (from public/, beside the bundle) are first-load JS too.
  const html = readFileSync(path.join(options.outDir, 'index.html'), 'utf8')
  for (const [, file] of html.matchAll(/<script(?![^>]*type="module")[^>]*\ssrc="\/([^"]+\.js)"/g))
    firstFiles.add(file!)
  const firstCss = [...new Set([...firstKeys].flatMap((key) => manifest[key]!.css ?? []))]
  const allCss = [...new Set(Object.values(manifest).flatMap((chunk) => chunk.css ?? []))]

  const report: BundleReport = {
    outDir: path.relative(ROOT, options.outDir),
    firstLoad: {
      js: sizesOf([...firstFiles], options.outDir),
      css: sizesOf(firstCss, options.outDir),
      files: [...firstFiles, ...firstCss],
    },
    chunks,
    lazy: chunks.filter((chunk) => !firstFiles.has(chunk.file)).sort((a, b) => b.sizes.gzip - a.sizes.gzip),
    lazyCss: allCss
      .filter((file) => !firstCss.includes(file))
      .map((file) => ({ file, sizes: sizesOf([file], options.outDir) })),
  }
  return { report, modules }
}

/** Runs `task` with these variables in process.env (where Vite reads VITE_* besides .env files). */
async function withEnv<T>(env: Record<string, string>, task: () => Promise<T>): Promise<T> {
  Object.assign(process.env, env)
  try {
    return await task()
  } finally {
    for (const name of Object.keys(env)) delete process.env[name]
  }
}

/** The vendor API the app's HTTP build and the floor read (bench/http-api.ts). */
export interface BenchApi {
  url: string
  orgId: string
}

export async function measureBundles(api: BenchApi): Promise<BundleResults> {
  // The bench measures the demo API build. Neither the shell's VITE_AUDIT_* variables nor a
  // developer's .env.local may point it elsewhere (and the app reads an empty value as a bad one).
  for (const name of Object.keys(process.env)) if (name.startsWith('VITE_AUDIT_')) delete process.env[name]

  const app = await buildAndMeasure({ root: ROOT, outDir: path.join(ROOT, 'dist') })
  // The floor reads its rows from the HTTP API, as the app's HTTP build below does.
  const floor = await withEnv({ VITE_FLOOR_API_URL: api.url, VITE_FLOOR_ORG_ID: api.orgId }, () =>
    buildAndMeasure({ root: path.join(BENCH_DIR, 'floor'), outDir: FLOOR_OUT_DIR }),
  )
  // The app as a deployment builds it: Losant's API over HTTP, no demo API (the first-rows phase).
  await withEnv({ VITE_AUDIT_SOURCE: 'losant', VITE_AUDIT_API_URL: api.url, VITE_AUDIT_ORG_ID: api.orgId }, () =>
    buildAndMeasure({ root: ROOT, outDir: APP_HTTP_OUT_DIR }),
  )

  const firstFiles = new Set(app.report.firstLoad.files)
  const laziness = LAZY_EXPECTATIONS.map(({ name, test }): LazinessCheck => {
    const holders = [...app.modules].filter(([, mods]) => mods.some((m) => test.test(m.id))).map(([file]) => file)
    const firstLoadFiles = holders.filter((file) => firstFiles.has(file))
    const lazyFiles = holders.filter((file) => !firstFiles.has(file))
    const where =
      holders.length === 0
        ? 'not in the build'
        : firstLoadFiles.length === 0
          ? 'lazy'
          : lazyFiles.length === 0
            ? 'first load'
            : 'both'
    return { name, where, firstLoadFiles, lazyFiles }
  })

  const firstModules = [...firstFiles].flatMap((file) => app.modules.get(file) ?? [])
  return {
    app: app.report,
    floor: floor.report,
    ratio: {
      gzip: app.report.firstLoad.js.gzip / floor.report.firstLoad.js.gzip,
      brotli: app.report.firstLoad.js.brotli / floor.report.firstLoad.js.brotli,
      raw: app.report.firstLoad.js.raw / floor.report.firstLoad.js.raw,
    },
    laziness,
    firstLoadGroups: groupModules(firstModules),
  }
}
