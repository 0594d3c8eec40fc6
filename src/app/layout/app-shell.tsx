import { Link, Outlet } from 'react-router'
import { useSourceClient } from '@/sources/source-client-context'

/** Header with what the dashboard is reading, and the page below. */
export function AppShell() {
  const { source, connection } = useSourceClient()
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/settings/audit-logs" className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Audit Log Dashboard
        </Link>
        <p className="connection-badge" aria-label="Reading from">
          <span className="connection-source">{connection.demo ? `Demo · ${source.label}` : source.label}</span>
          <span className="connection-org" title={connection.orgId}>
            org {connection.orgId}
          </span>
        </p>
      </header>
      <main id="main" className="app-main">
        <Outlet />
      </main>
    </div>
  )
}
