import type { ReactNode } from 'react'
import { Link, useLocation } from 'react-router'

import { useSession } from '@/lib/auth/session-context'
import { messages } from '@/lib/i18n'

const m = messages.signIn

/**
 * Shows its page only to someone signed in, when the deployment signs people in; otherwise a
 * "Sign in" state (never a 401). Signing in comes back to this same URL.
 */
export function SignInGate({ children }: { children: ReactNode }) {
  const { session, state } = useSession()
  const location = useLocation()
  if (!session || !state || state.status === 'signed-in') return children
  if (state.status === 'busy') {
    return (
      <section className="page sign-in-state">
        <p role="status">{m.busy}</p>
      </section>
    )
  }
  const { problem, user } = state
  const expired = problem?.kind === 'expired'
  return (
    <section className="page sign-in-state" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{m.title}</h1>
      {problem ? (
        <div role="alert" className="alert alert-error">
          <p className="alert-title">
            {problem.kind === 'denied'
              ? m.denied
              : problem.kind === 'failed'
                ? m.failed(problem.code)
                : user
                  ? m.expiredAs(user.name)
                  : m.expired}
          </p>
        </div>
      ) : (
        <p className="page-lede">{m.body}</p>
      )}
      <div className="sign-in-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => void session.signIn(location.pathname + location.search)}
        >
          {expired ? m.signInAgain : m.signIn}
        </button>
        <Link to="/settings/connection" className="button button-quiet">
          {m.pasteInstead}
        </Link>
      </div>
    </section>
  )
}
