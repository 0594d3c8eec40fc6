import { setupServer } from 'msw/node'

import { createDemoHandlers } from '@/mocks/node'
import { TEST_ORIGIN } from '@/testing/test-api'

/** One msw server for every vitest file, serving every vendor's demo API; tests override with `use()`. */
export const testServer = setupServer(...createDemoHandlers(TEST_ORIGIN))
