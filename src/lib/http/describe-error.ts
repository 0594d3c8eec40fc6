import { messages } from '@/lib/i18n'

import { HttpError, NetworkError, ResponseFormatError, TimeoutError } from './http-errors'

export interface ErrorDescription {
  title: string
  /** The server's own words or what went wrong, when known. */
  detail?: string
  retryable: boolean
  /** The token or address is wrong: the fix is on the Connection page, not in retrying. */
  fixInSettings?: boolean
}

/** Turns a failure into words a person can act on. Knows no vendor and never sees the token. */
export function describeError(error: unknown): ErrorDescription {
  const m = messages.errors
  if (error instanceof HttpError) {
    const detail = error.vendor?.message
    switch (true) {
      case error.status === 401:
        return { title: m.unauthorized, detail, retryable: false, fixInSettings: true }
      case error.status === 403:
        return { title: m.forbidden, detail, retryable: false, fixInSettings: true }
      case error.status === 404:
        return { title: m.notFound, detail, retryable: false, fixInSettings: true }
      case error.status === 429: {
        const wait = error.retryAfterMs === undefined ? undefined : m.retryAfter(Math.ceil(error.retryAfterMs / 1000))
        return {
          title: m.tooManyRequests,
          detail: [detail, wait].filter(Boolean).join(' ').trim() || undefined,
          retryable: true,
        }
      }
      case error.status >= 500:
        return { title: m.serverFailed(error.status), detail, retryable: true }
      default:
        return { title: m.refused(error.status), detail, retryable: false }
    }
  }
  if (error instanceof TimeoutError) return { title: error.message, retryable: true }
  if (error instanceof NetworkError) return { title: error.message, detail: m.unreachableHelp, retryable: true }
  if (error instanceof ResponseFormatError) return { title: m.unreadable, detail: error.message, retryable: true }
  return { title: m.unknown, detail: error instanceof Error ? error.message : undefined, retryable: true }
}
