import type { ReactNode } from 'react'

import { messages } from '@/lib/i18n'

import { Icon } from './icon'

/** A polite, dismissable note about something the page did on the user's behalf. */
export function Notice({ children, onDismiss }: { children: ReactNode; onDismiss?: () => void }) {
  return (
    <div role="status" className="alert alert-notice">
      <div className="alert-body">{children}</div>
      {onDismiss && (
        <button type="button" className="icon-button" aria-label={messages.common.dismiss} onClick={onDismiss}>
          <Icon name="x" />
        </button>
      )}
    </div>
  )
}
