import { QueryClient } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'

import { AppProviders } from '@/app/app-providers'
import { routes } from '@/app/routes'
import { loadActivityChart } from '@/features/audit-logs/chart/chart-slot'
import { loadSearchBox } from '@/features/audit-logs/query/search-bar'
import type { Connection } from '@/sources/source-client'
import { createSourceClient } from '@/sources/source-client'

import { TEST_API_URL, TEST_ORG_ID } from './test-api'

export const testConnection: Connection = {
  sourceId: 'losant',
  apiUrl: TEST_API_URL,
  orgId: TEST_ORG_ID,
  token: 'test-token-not-a-secret',
  demo: true,
}

// Every list page renders the search box and the chart once its rows are painted, each from its
// own chunk: loaded here, before any test renders, they never suspend, so no chunk lands between
// a test's awaits (outside act(), which React reports as an error).
await Promise.all([loadSearchBox(), loadActivityChart()])

/** Renders the real routes at `url` against the demo API, with a fresh cache and no retries. */
export function renderApp(url: string, connection: Connection = testConnection) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: 30_000, refetchOnWindowFocus: false } },
  })
  const router = createMemoryRouter(routes, { initialEntries: [url] })
  const user = userEvent.setup()
  const view = render(
    <AppProviders queryClient={queryClient} sourceClient={createSourceClient(connection)}>
      <RouterProvider router={router} />
    </AppProviders>,
  )
  return { ...view, user, router, queryClient }
}
