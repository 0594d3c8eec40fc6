import { useState } from 'react'
import { createBrowserRouter, RouterProvider } from 'react-router'
import { createSourceClient } from '@/sources/source-client'
import type { Connection } from '@/sources/source-client'
import { AppProviders } from './app-providers'
import { createQueryClient } from './query-client'
import { routes } from './routes'

export function App({ connection }: { connection: Connection }) {
  const [queryClient] = useState(createQueryClient)
  const [sourceClient] = useState(() => createSourceClient(connection))
  const [router] = useState(() => createBrowserRouter(routes))
  return (
    <AppProviders queryClient={queryClient} sourceClient={sourceClient}>
      <RouterProvider router={router} />
    </AppProviders>
  )
}
