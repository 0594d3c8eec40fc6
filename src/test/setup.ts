import '@testing-library/jest-dom/vitest'

import { cleanup, configure } from '@testing-library/react'
import fc from 'fast-check'
import { afterAll, afterEach, beforeAll, beforeEach, inject, vi } from 'vitest'

import { testServer } from './test-server'

// Every property runs on the run's seed, printed when the run starts and in any failure, so
// `FC_SEED=<seed> npx vitest run <file>` replays it (src/test/fast-check-seed.ts). Only the seed:
// a test's own { numRuns } still wins, and the rest keep fast-check's default of 100.
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: inject('fcSeed') })

// Lazy chunks (drawer, chart) are transformed on first import: give them time on a busy machine.
configure({ asyncUtilTimeout: 5_000 })

beforeAll(() => testServer.listen({ onUnhandledRequest: 'error' }))

// jsdom has no layout: media queries never match (a desktop-sized window). Node-environment
// test files have no window at all.
if (typeof window !== 'undefined')
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList
afterEach(() => {
  cleanup()
  testServer.resetHandlers()
})
afterAll(() => testServer.close())

// A console.error during a test is a bug (React warnings, failed prop types, act() misuse).
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error during test: ${args.map(String).join(' ')}`)
  })
})
