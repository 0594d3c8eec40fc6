import { Link, Outlet } from 'react-router'
import { ThemeSelect } from '@/components/ui/theme-select'
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
          <span className="brand-text">Audit Log Dashboard</span>
        </Link>
        <div className="app-header-end">
        <p className="connection-badge" aria-label="Reading from">
          <span className="connection-source">{connection.demo ? `Demo · ${source.label}` : source.label}</span>
          {connection.orgId && source.id === 'losant' && (
            <span className="connection-org" title={connection.orgId}>
              org {connection.orgId}
            </span>
          )}
        </p>
        <ThemeSelect />
        </div>
      </header>
      <main id="main" className="app-main">
        <Outlet />
      </main>
    </div>
  )
}
