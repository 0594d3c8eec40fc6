import { Link, useRouteError } from 'react-router'

/** Last resort for a render error: say so and offer a way back instead of a blank page. */
export function RouteErrorPage() {
  const error = useRouteError()
  return (
    <main className="page page-centered" role="alert">
      <h1>Something went wrong</h1>
      <p className="muted">{error instanceof Error ? error.message : 'The page failed to render.'}</p>
      <Link className="button" to="/settings/audit-logs">
        Back to Audit Logs
      </Link>
    </main>
  )
}
