import { Link } from 'react-router'

import { AUDIT_LOGS_PATH } from '@/config/paths'
import { messages } from '@/lib/i18n'

export function NotFoundPage() {
  const m = messages.app.notFound
  return (
    <section className="page page-centered" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{m.title}</h1>
      <p className="muted">{m.body}</p>
      <Link className="button" to={AUDIT_LOGS_PATH}>
        {m.action}
      </Link>
    </section>
  )
}
