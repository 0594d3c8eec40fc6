import { NavLink, Outlet } from 'react-router'

import { AUDIT_LOGS_PATH, CONNECTION_PATH } from '@/config/paths'
import { messages } from '@/lib/i18n'

/** The Settings area, as in Losant's console: a side menu and the chosen page. */
export function SettingsLayout() {
  const m = messages.app.settingsNav
  return (
    <div className="settings">
      <nav className="settings-nav" aria-label={m.label}>
        <p className="settings-nav-title">{m.title}</p>
        <ul>
          <li>
            <NavLink to={AUDIT_LOGS_PATH}>{m.auditLogs}</NavLink>
          </li>
          <li>
            <NavLink to={CONNECTION_PATH}>{m.connection}</NavLink>
          </li>
        </ul>
      </nav>
      <div className="settings-content">
        <Outlet />
      </div>
    </div>
  )
}
