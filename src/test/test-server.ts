import { setupServer } from 'msw/node'
import { createDemoHandlers } from '@/mocks/node'
import { TEST_API_URL } from '@/testing/test-api'

/** One msw server for every vitest file, serving the demo API; tests override with `use()`. */
export const testServer = setupServer(...createDemoHandlers(TEST_API_URL))
