import { onlineManager } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'
import { Link } from 'react-router'

import { ErrorAlert } from '@/components/ui/error-alert'
import { Notice } from '@/components/ui/notice'
import { CONNECTION_PATH } from '@/config/paths'
import { describeError } from '@/lib/http/describe-error'
import { HttpError } from '@/lib/http/http-errors'
import { MAX_RETRIES } from '@/lib/http/retry-policy'
import { messages } from '@/lib/i18n'

function useOnline() {
  return useSyncExternalStore(onlineManager.subscribe.bind(onlineManager), () => onlineManager.isOnline())
}

interface Props {
  error: unknown
  /** Why the last attempt failed while retries are still running. */
  failureReason: unknown
  failureCount: number
  fetching: boolean
  paused: boolean
  /** The rows on screen are from an earlier successful load. */
  showingEarlier: boolean
  scopesHelp?: string
  onRetry: () => void
}

/**
 * What the list says about its connection to the server: offline, retrying (and why), or failed
 * with something the user can do about it.
 */
export function ListStatus({
  error,
  failureReason,
  failureCount,
  fetching,
  paused,
  showingEarlier,
  scopesHelp,
  onRetry,
}: Props) {
  const online = useOnline()
  if (!online || paused) {
    return <Notice>{messages.list.status.offline}</Notice>
  }
  if (error) {
    const described = describeError(error)
    const detail = [
      described.detail,
      error instanceof HttpError && error.status === 403 ? scopesHelp : undefined,
      showingEarlier ? messages.list.status.showingEarlier : undefined,
    ]
      .filter(Boolean)
      .join(' ')
    return (
      <ErrorAlert
        title={described.title}
        detail={detail || undefined}
        retrying={fetching}
        onRetry={described.fixInSettings ? undefined : onRetry}
        action={
          described.fixInSettings ? (
            <Link className="button" to={CONNECTION_PATH}>
              {messages.list.status.openConnection}
            </Link>
          ) : undefined
        }
      />
    )
  }
  if (fetching && failureCount > 0 && failureReason) {
    const { title } = describeError(failureReason)
    return <Notice>{messages.list.status.retrying(title, failureCount + 1, MAX_RETRIES + 1)}</Notice>
  }
  return null
}
