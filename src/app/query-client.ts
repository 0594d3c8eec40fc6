import { QueryClient } from '@tanstack/react-query'

import { retryDelay, shouldRetry } from '@/lib/http/retry-policy'

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Audit entries never change once written; a page is refetched only when asked or stale.
        staleTime: 30_000,
        gcTime: 5 * 60_000,
        retry: shouldRetry,
        retryDelay,
        refetchOnWindowFocus: false,
      },
    },
  })
}
