import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { testServer } from './test-server'

beforeAll(() => testServer.listen({ onUnhandledRequest: 'error' }))
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
