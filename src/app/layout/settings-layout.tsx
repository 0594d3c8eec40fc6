import { NavLink, Outlet } from 'react-router'

/** The Settings area, as in Losant's console: a side menu and the chosen page. */
export function SettingsLayout() {
  return (
    <div className="settings">
      <nav className="settings-nav" aria-label="Settings">
        <p className="settings-nav-title">Settings</p>
        <ul>
          <li>
            <NavLink to="/settings/audit-logs">Audit Logs</NavLink>
          </li>
          <li>
            <NavLink to="/settings/connection">Connection</NavLink>
          </li>
        </ul>
      </nav>
      <div className="settings-content">
        <Outlet />
      </div>
    </div>
  )
}
