import { createContext, use, useSyncExternalStore } from 'react'

import type { OidcSession, SessionState } from './oidc-session'

/** The sign-in session, when the deployment signs people in with OpenID Connect (else null). */
export const SessionContext = createContext<OidcSession | null>(null)

const noSubscription = () => () => {}
const noState = () => undefined

export function useSession(): { session: OidcSession | null; state: SessionState | undefined } {
  const session = use(SessionContext)
  const state = useSyncExternalStore(
    session ? session.subscribe : noSubscription,
    session ? session.getState : noState,
    session ? session.getState : noState,
  )
  return { session, state }
}
