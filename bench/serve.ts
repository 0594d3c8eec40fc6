/**
 * Serves the production build with `vite preview` (the app's config: CSP header, SPA fallback),
 * plus the plain-DOM baseline page at /__bench/baseline on the same origin, so both are measured
 * in the same browser with the same stylesheet. The floor's build is served the same way.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Plugin } from 'vite'
import { preview } from 'vite'

import { BENCH_DIR, ROOT } from './options'

export const BASELINE_PATH = '/__bench/baseline'

export interface Served {
  origin: string
  close: () => Promise<void>
}

function baselinePage(distDir: string): Plugin {
  return {
    name: 'bench:baseline-page',
    configurePreviewServer(server) {
      server.middlewares.use(BASELINE_PATH, (_req, res) => {
        // The app's stylesheet links, taken from the built index.html (their names are hashed).
        const appHtml = readFileSync(path.join(distDir, 'index.html'), 'utf8')
        const cssLinks = appHtml.match(/<link rel="stylesheet"[^>]*>/g) ?? []
        const page = readFileSync(path.join(BENCH_DIR, 'baseline/index.html'), 'utf8').replace(
          '<!--app-css-->',
          cssLinks.join('\n'),
        )
        res.setHeader('Content-Type', 'text/html; charset=utf-8')
        res.setHeader('Cache-Control', 'no-store')
        res.end(page)
      })
    },
  }
}

export async function servePreview(port: number, distDir = path.join(ROOT, 'dist')): Promise<Served> {
  const server = await preview({
    configFile: path.join(ROOT, 'vite.config.ts'),
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: distDir },
    // A free port from `port` up: the bench must not collide with a running `npm run preview`.
    preview: { host: '127.0.0.1', port, strictPort: false, open: false },
    plugins: [baselinePage(distDir)],
  })
  const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '')
  if (!origin) throw new Error('vite preview did not report a URL')
  return { origin, close: () => server.close() }
}
