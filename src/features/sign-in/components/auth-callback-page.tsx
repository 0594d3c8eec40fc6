import { useEffect } from 'react'
import { useNavigate } from 'react-router'

import { useSession } from '@/lib/auth/session-context'
import { messages } from '@/lib/i18n'

/**
 * Where the identity provider sends the browser back: the code is exchanged for tokens, and the
 * page replaces itself (code and state leave the address bar and the history) with the view the
 * person signed in from. A refusal lands there too, where the sign-in state says what happened.
 */
export function AuthCallbackPage() {
  const { session } = useSession()
  const navigate = useNavigate()
  useEffect(() => {
    if (!session) {
      void navigate('/', { replace: true })
      return
    }
    // Runs once per URL inside the session, so StrictMode's second effect reuses the first.
    void session.completeSignIn(window.location.href).then((returnTo) => navigate(returnTo, { replace: true }))
  }, [session, navigate])
  return (
    <section className="page sign-in-state">
      <p role="status">{messages.signIn.busy}</p>
    </section>
  )
}
