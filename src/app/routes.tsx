import { lazy, Suspense } from 'react'
import { Navigate } from 'react-router'
import type { RouteObject } from 'react-router'
import { AuditLogsPage } from '@/features/audit-logs/components/audit-logs-page'
import { AppShell } from './layout/app-shell'
import { SettingsLayout } from './layout/settings-layout'
import { NotFoundPage } from './routes/not-found-page'
import { RouteErrorPage } from './routes/route-error-page'

// The drawer and its JSON viewer load only when an entry is opened; the list shows meanwhile.
const AuditLogDrawer = lazy(async () => ({
  default: (await import('@/features/audit-logs/components/audit-log-drawer')).AuditLogDrawer,
}))

const ConnectionPage = lazy(async () => ({
  default: (await import('@/features/connection/components/connection-page')).ConnectionPage,
}))

export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <Navigate to="/settings/audit-logs" replace /> },
      {
        path: 'settings',
        element: <SettingsLayout />,
        children: [
          { index: true, element: <Navigate to="audit-logs" replace /> },
          {
            path: 'audit-logs',
            element: <AuditLogsPage />,
            children: [
              {
                path: ':auditLogId',
                element: (
                  <Suspense fallback={null}>
                    <AuditLogDrawer />
                  </Suspense>
                ),
              },
            ],
          },
          {
            path: 'connection',
            element: (
              <Suspense fallback={null}>
                <ConnectionPage />
              </Suspense>
            ),
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]
