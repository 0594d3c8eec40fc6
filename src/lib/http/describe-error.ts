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
  if (error instanceof HttpError) {
    const detail = error.vendor?.message
    switch (true) {
      case error.status === 401:
        return { title: 'The API token is missing or not valid.', detail, retryable: false, fixInSettings: true }
      case error.status === 403:
        return { title: 'The API token may not read audit logs.', detail, retryable: false, fixInSettings: true }
      case error.status === 404:
        return { title: 'Not found: check the organization or entry.', detail, retryable: false, fixInSettings: true }
      case error.status === 429: {
        const wait = error.retryAfterMs === undefined ? '' : ` It asked us to wait ${Math.ceil(error.retryAfterMs / 1000)} s.`
        return { title: 'Too many requests: the server asked us to slow down.', detail: `${detail ?? ''}${wait}`.trim() || undefined, retryable: true }
      }
      case error.status >= 500:
        return { title: `The server failed (${error.status}).`, detail, retryable: true }
      default:
        return { title: `The server refused the request (${error.status}).`, detail, retryable: false }
    }
  }
  if (error instanceof TimeoutError) return { title: error.message, retryable: true }
  if (error instanceof NetworkError) {
    return {
      title: error.message,
      detail: 'Check the API URL and your network. A server on another origin must allow this page with CORS.',
      retryable: true,
    }
  }
  if (error instanceof ResponseFormatError) {
    return { title: 'The server answered in a form we could not read.', detail: error.message, retryable: true }
  }
  return { title: 'Something went wrong.', detail: error instanceof Error ? error.message : undefined, retryable: true }
}
