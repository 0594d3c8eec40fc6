import '@testing-library/jest-dom/vitest'

import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'

import { testServer } from './test-server'

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
