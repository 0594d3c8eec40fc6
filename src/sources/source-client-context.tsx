import { createContext, use } from 'react'

import type { SourceClient } from './source-client'

export const SourceClientContext = createContext<SourceClient | null>(null)

export function useSourceClient(): SourceClient {
  const client = use(SourceClientContext)
  if (!client) throw new Error('useSourceClient needs a SourceClientContext provider')
  return client
}
