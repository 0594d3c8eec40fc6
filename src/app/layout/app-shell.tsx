import { Link, Outlet } from 'react-router'

import { ThemeSelect } from '@/components/ui/theme-select'
import { AUDIT_LOGS_PATH } from '@/config/paths'
import { AccountMenu } from '@/features/sign-in/components/account-menu'
import { messages } from '@/lib/i18n'
import { useSourceClient } from '@/sources/source-client-context'

/** Header with what the dashboard is reading, and the page below. */
export function AppShell() {
  const { source, connection } = useSourceClient()
  const m = messages.app
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {m.skipToContent}
      </a>
      <header className="app-header">
        <Link to={AUDIT_LOGS_PATH} className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-text">{m.brand}</span>
        </Link>
        <div className="app-header-end">
          <p className="connection-badge" aria-label={m.readingFrom}>
            <span className="connection-source">{connection.demo ? m.demoSource(source.label) : source.label}</span>
            {connection.orgId && source.organization && (
              <span className="connection-org" title={connection.orgId}>
                {m.org(connection.orgId)}
              </span>
            )}
          </p>
          <AccountMenu />
          <ThemeSelect />
        </div>
      </header>
      <main id="main" className="app-main">
        <Outlet />
      </main>
    </div>
  )
}
