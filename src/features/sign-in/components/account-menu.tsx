import { useSession } from '@/lib/auth/session-context'
import { messages } from '@/lib/i18n'

const m = messages.signIn

/** Who is signed in, and "Sign out", in the header. */
export function AccountMenu() {
  const { session, state } = useSession()
  if (!session || state?.status !== 'signed-in') return null
  return (
    <div className="account-menu" role="group" aria-label={m.accountLabel}>
      <p className="account-name">
        <span className="muted">{m.signedInAs}</span> <strong>{state.user.name}</strong>
      </p>
      <button type="button" className="button button-quiet" onClick={() => void session.signOut()}>
        {m.signOut}
      </button>
    </div>
  )
}
