import { Link, useRouteError } from 'react-router'

import { AUDIT_LOGS_PATH } from '@/config/paths'
import { messages } from '@/lib/i18n'

/** Last resort for a render error: say so and offer a way back instead of a blank page. */
export function RouteErrorPage() {
  const error = useRouteError()
  const m = messages.app.routeError
  return (
    <main className="page page-centered" role="alert">
      <h1>{m.title}</h1>
      <p className="muted">{error instanceof Error ? error.message : m.fallback}</p>
      <Link className="button" to={AUDIT_LOGS_PATH}>
        {m.action}
      </Link>
    </main>
  )
}
