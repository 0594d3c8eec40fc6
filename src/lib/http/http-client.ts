import { messages } from '@/lib/i18n'

import type { VendorError } from './http-errors'
import { HttpError, NetworkError, ResponseFormatError, TimeoutError } from './http-errors'

export interface HttpClientOptions {
  baseUrl: string
  token?: string
  /**
   * Reads the current access token when each request is sent (over `token`), so a renewed token
   * is used without rebuilding the client, its callers or their cache.
   */
  getToken?: () => string | undefined | Promise<string | undefined>
  /** After a 401: try to get a new token; `true` means the request is sent once more. */
  renewToken?: () => Promise<boolean>
  timeoutMs?: number
  /** Resolves once the server can answer; every request waits for it, and fails if it fails. */
  ready?: () => Promise<void>
  /**
   * Reads the vendor's error body; the client itself knows no vendor. May resolve later (an
   * adapter's decoder loads on demand); a failure means "no description".
   */
  describeErrorBody?: (body: unknown) => VendorError | undefined | Promise<VendorError | undefined>
}

export interface GetJsonOptions {
  /** Already-encoded query string, without the leading `?`. */
  query?: string
  headers?: Record<string, string>
  signal?: AbortSignal
}

export interface HttpClient {
  getJson(path: string, options?: GetJsonOptions): Promise<unknown>
}

const DEFAULT_TIMEOUT_MS = 30_000

/** The address a request goes to: the API's base URL, the path, and the encoded query. */
export function requestUrl(baseUrl: string, path: string, query?: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}${query ? `?${query}` : ''}`
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const base = options.baseUrl.replace(/\/+$/, '')

  async function send(url: string, headers: Record<string, string>, signal: AbortSignal) {
    const token = options.getToken ? await options.getToken() : options.token
    const requestHeaders: Record<string, string> = { Accept: 'application/json', ...headers }
    if (token) requestHeaders.Authorization = `Bearer ${token}`
    return fetch(url, { headers: requestHeaders, signal })
  }

  return {
    async getJson(path, { query, headers = {}, signal } = {}) {
      await options.ready?.()
      const url = requestUrl(base, path, query)
      const timeout = AbortSignal.timeout(timeoutMs)
      const combined = signal ? AbortSignal.any([signal, timeout]) : timeout

      let response: Response
      try {
        response = await send(url, headers, combined)
        // An expired or revoked token: renew it once and ask again with the new one.
        if (response.status === 401 && options.renewToken && (await options.renewToken())) {
          void response.body?.cancel().catch(() => {})
          response = await send(url, headers, combined)
        }
      } catch (error) {
        throw translateFetchFailure(error, signal, timeout, timeoutMs)
      }

      const text = await readBody(response, signal, timeout, timeoutMs)
      if (!response.ok) {
        throw new HttpError(
          response.status,
          await Promise.resolve(options.describeErrorBody?.(parseJsonOrText(text))).catch(() => undefined),
          parseRetryAfter(response.headers.get('Retry-After')),
        )
      }
      try {
        return JSON.parse(text) as unknown
      } catch {
        throw new ResponseFormatError(messages.errors.notJson)
      }
    },
  }
}

async function readBody(
  response: Response,
  signal: AbortSignal | undefined,
  timeout: AbortSignal,
  timeoutMs: number,
): Promise<string> {
  try {
    return await response.text()
  } catch (error) {
    throw translateFetchFailure(error, signal, timeout, timeoutMs)
  }
}

/** A caller's abort stays an abort (TanStack Query expects it); anything else gets a type. */
function translateFetchFailure(
  error: unknown,
  signal: AbortSignal | undefined,
  timeout: AbortSignal,
  timeoutMs: number,
): unknown {
  if (signal?.aborted) return signal.reason ?? error
  if (timeout.aborted) return new TimeoutError(timeoutMs)
  return new NetworkError()
}

function parseJsonOrText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

/** `Retry-After` is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}
