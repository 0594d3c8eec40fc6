/**
 * Typed failures of an HTTP call, so the UI can say something a person can act on
 * (a bad token is not a flaky network). Messages never contain the token.
 */
import { messages } from '@/lib/i18n'

/** The vendor's own description of an error, decoded by the source adapter. */
export interface VendorError {
  type?: string
  message?: string
}

export class HttpError extends Error {
  override readonly name = 'HttpError'
  constructor(
    readonly status: number,
    readonly vendor: VendorError | undefined,
    /** From a `Retry-After` header, when the server sent one. */
    readonly retryAfterMs: number | undefined,
  ) {
    super(vendor?.message ?? messages.errors.answered(status))
  }
}

export class NetworkError extends Error {
  override readonly name = 'NetworkError'
  constructor() {
    super(messages.errors.unreachable)
  }
}

export class TimeoutError extends Error {
  override readonly name = 'TimeoutError'
  constructor(readonly timeoutMs: number) {
    super(messages.errors.timeout(Math.round(timeoutMs / 1000)))
  }
}

/** The server answered 2xx, but not with the JSON (or the shape) its API documents. */
export class ResponseFormatError extends Error {
  override readonly name = 'ResponseFormatError'
}

export function isRetryableError(error: unknown): boolean {
  if (error instanceof NetworkError || error instanceof TimeoutError) return true
  if (error instanceof HttpError) return error.status === 429 || error.status >= 500
  return false
}
