import { Link } from 'react-router'

export function NotFoundPage() {
  return (
    <section className="page page-centered" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p className="muted">There is nothing at this address.</p>
      <Link className="button" to="/settings/audit-logs">
        Go to Audit Logs
      </Link>
    </section>
  )
}
