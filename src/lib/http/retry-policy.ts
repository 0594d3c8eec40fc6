import { HttpError, isRetryableError } from './http-errors'

export const MAX_RETRIES = 3

/** Retry only what may succeed on its own: network failures, timeouts, 429 and 5xx. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && isRetryableError(error)
}

/** Exponential backoff with a cap, or exactly what the server asked for with `Retry-After`. */
export function retryDelay(attempt: number, error: unknown): number {
  if (error instanceof HttpError && error.retryAfterMs !== undefined) {
    return Math.min(error.retryAfterMs, 60_000)
  }
  return Math.min(500 * 2 ** attempt, 8_000)
}
