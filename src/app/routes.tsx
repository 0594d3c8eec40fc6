import type { RouteObject } from 'react-router'
import { Navigate } from 'react-router'

import {
  AUDIT_LOG_ENTRY_PATTERN,
  AUDIT_LOGS_PATH,
  AUTH_CALLBACK_PATH,
  CONNECTION_PATH,
  SETTINGS_PATH,
} from '@/config/paths'
import { loadAuditLogDrawer } from '@/features/audit-logs/entry/load-audit-log-drawer'
import { AuditLogsPage } from '@/features/audit-logs/list/audit-logs-page'
import { AuthCallbackPage } from '@/features/sign-in/components/auth-callback-page'
import { SignInGate } from '@/features/sign-in/components/sign-in-gate'

import { AppShell } from './layout/app-shell'
import { SettingsLayout } from './layout/settings-layout'
import { NotFoundPage } from './pages/not-found-page'
import { RouteErrorPage } from './pages/route-error-page'

// Route modules load through React Router's `lazy`: the route renders once its code is here, with no
// Suspense boundary to hold the reveal back (see load-audit-log-drawer.ts).
const drawerRoute = async () => ({ Component: (await loadAuditLogDrawer()).AuditLogDrawer })
const connectionRoute = async () => ({
  Component: (await import('@/features/connection/components/connection-page')).ConnectionPage,
})

// Paths are absolute (each starts with its parent's), all from config/paths.
export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <Navigate to={AUDIT_LOGS_PATH} replace /> },
      {
        path: SETTINGS_PATH,
        element: <SettingsLayout />,
        children: [
          { index: true, element: <Navigate to={AUDIT_LOGS_PATH} replace /> },
          {
            path: AUDIT_LOGS_PATH,
            element: (
              <SignInGate>
                <AuditLogsPage />
              </SignInGate>
            ),
            children: [{ path: AUDIT_LOG_ENTRY_PATTERN, lazy: drawerRoute }],
          },
          { path: CONNECTION_PATH, lazy: connectionRoute },
        ],
      },
      // The identity provider's redirect URI (see README, "Signing in").
      { path: AUTH_CALLBACK_PATH, element: <AuthCallbackPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]
