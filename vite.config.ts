import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import react from '@vitejs/plugin-react'
import { loadEnv } from 'vite'
import { defineConfig } from 'vitest/config'

import { firstLoadChunks } from './scripts/first-load-chunks.ts'
import { preloadSourceDecoder } from './scripts/preload-source-decoder.ts'
import { contentSecurityPolicy } from './src/config/content-security-policy.ts'

/**
 * The policy `vite preview` sends: the API and the sign-in authority the build was made with, and
 * any origin in AUDIT_CSP_CONNECT_SRC (space-separated) — e.g. an authority given in config.json.
 */
function previewPolicy(mode: string): string {
  const env = loadEnv(mode, process.cwd(), 'VITE_')
  const extra = (process.env.AUDIT_CSP_CONNECT_SRC ?? '').split(/\s+/)
  return contentSecurityPolicy([env.VITE_AUDIT_API_URL, env.VITE_AUDIT_OIDC_AUTHORITY, ...extra])
}

/** package.json's version, compiled in: an export's evidence manifest says which build made it. */
const appVersion = (JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string })
  .version

export default defineConfig(({ mode }) => ({
  // The build's source decides which decoder index.html preloads (config.json rarely names another).
  plugins: [react(), preloadSourceDecoder(loadEnv(mode, process.cwd(), 'VITE_').VITE_AUDIT_SOURCE || 'losant')],
  define: { __APP_VERSION__: JSON.stringify(appVersion) },
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    strictPort: true,
    // Transform the app and its lazy chunks (the demo API's too) as the server starts rather than
    // on the first visit, which on a 2-core machine otherwise spends seconds waiting on them.
    warmup: {
      clientFiles: [
        './src/main.tsx',
        './src/mocks/browser.ts',
        './src/mocks/demo-api.worker.ts',
        './src/features/*/components/*.tsx',
        './src/components/**/*.tsx',
        './src/sources/*/*-decoder.ts',
        '!**/*.test.*',
      ],
    },
  },
  // Pre-bundle every dependency up front, lazy chunks' too: otherwise the dev server discovers
  // one on first use and reloads the page mid-session (and mid-test).
  optimizeDeps: {
    include: [
      'react',
      'react/jsx-runtime',
      'react-dom/client',
      'react-router',
      '@tanstack/react-query',
      '@tanstack/react-table',
      '@tanstack/react-virtual',
      'radix-ui',
      'qs',
      'zod/mini',
      'papaparse',
      'msw',
      'msw/browser',
    ],
  },
  // The demo API's thread (src/mocks/demo-api.worker.ts) is a module worker, so it is bundled as
  // one: chunks and all, under the same script-src 'self' as the page.
  worker: { format: 'es' },
  // `vite preview` serves the production build with the policy a deployment should send.
  preview: {
    port: 4173,
    strictPort: true,
    headers: {
      'Content-Security-Policy': previewPolicy(mode),
    },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // What the first load runs in one chunk, not a file per shared module (scripts/first-load-chunks.ts).
    rolldownOptions: {
      output: { codeSplitting: { groups: firstLoadChunks(fileURLToPath(new URL('./src/main.tsx', import.meta.url))) } },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    // scripts/, eslint/ and deploy/: the CI summary's, the import rules' and the server set-up's tests.
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'eslint/**/*.test.ts', 'deploy/**/*.test.ts'],
    // The run's fast-check seed (FC_SEED, or a fresh one), said once; setup.ts hands it to fast-check.
    globalSetup: ['./src/test/global-setup.ts'],
    setupFiles: ['./src/test/setup.ts'],
    restoreMocks: true,
    testTimeout: 30_000,
    reporters: ['default', ['./scripts/test-reports/vitest-json-reporter.ts', { outputFile: 'reports/vitest.json' }]],
  },
}))
