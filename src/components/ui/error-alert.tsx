import type { ReactNode } from 'react'

import { messages } from '@/lib/i18n'

import { Icon } from './icon'

interface Props {
  title: string
  detail?: string
  onRetry?: () => void
  retrying?: boolean
  /** Another way out, e.g. a link to the settings that fix this. */
  action?: ReactNode
}

/** A failure, announced at once (`role="alert"`), with the server's words and a way out. */
export function ErrorAlert({ title, detail, onRetry, retrying, action }: Props) {
  return (
    <div role="alert" className="alert alert-error">
      <Icon name="alert" size={20} />
      <div className="alert-body">
        <p className="alert-title">{title}</p>
        {detail && <p className="alert-detail">{detail}</p>}
      </div>
      {action}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry} disabled={retrying}>
          <Icon name="refresh" />
          {retrying ? messages.common.retrying : messages.common.retry}
        </button>
      )}
    </div>
  )
}
