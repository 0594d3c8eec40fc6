import type { QueryClient } from '@tanstack/react-query'
import { QueryClientProvider } from '@tanstack/react-query'
import type { ReactNode } from 'react'

import type { SourceClient } from '@/sources/source-client'
import { SourceClientContext } from '@/sources/source-client-context'

export function AppProviders({
  queryClient,
  sourceClient,
  children,
}: {
  queryClient: QueryClient
  sourceClient: SourceClient
  children: ReactNode
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <SourceClientContext value={sourceClient}>{children}</SourceClientContext>
    </QueryClientProvider>
  )
}
