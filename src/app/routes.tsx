import type { RouteObject } from 'react-router'
import { Navigate } from 'react-router'

import { AuditLogsPage } from '@/features/audit-logs/components/audit-logs-page'
import { loadAuditLogDrawer } from '@/features/audit-logs/load-audit-log-drawer'
import { AuthCallbackPage } from '@/features/sign-in/components/auth-callback-page'
import { SignInGate } from '@/features/sign-in/components/sign-in-gate'

import { AppShell } from './layout/app-shell'
import { SettingsLayout } from './layout/settings-layout'
import { NotFoundPage } from './routes/not-found-page'
import { RouteErrorPage } from './routes/route-error-page'

// Route modules load through React Router's `lazy`: the route renders once its code is here, with no
// Suspense boundary to hold the reveal back (see load-audit-log-drawer.ts).
const drawerRoute = async () => ({ Component: (await loadAuditLogDrawer()).AuditLogDrawer })
const connectionRoute = async () => ({
  Component: (await import('@/features/connection/components/connection-page')).ConnectionPage,
})

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
            element: (
              <SignInGate>
                <AuditLogsPage />
              </SignInGate>
            ),
            children: [{ path: ':auditLogId', lazy: drawerRoute }],
          },
          { path: 'connection', lazy: connectionRoute },
        ],
      },
      // The identity provider's redirect URI (see README, "Signing in").
      { path: 'auth/callback', element: <AuthCallbackPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]
