/**
 * BloodHound's own login (`POST /api/v2/login`, `login_method: "secret"`), as its web UI signs in:
 * the answer's `data.session_token` is a JWT used as the bearer token. The secret and the token
 * are passed through, never logged or put in an error.
 */
import { HttpError, NetworkError, ResponseFormatError } from '@/lib/http/http-errors'
import { messages } from '@/lib/i18n'

export async function loginWithSecret(
  apiUrl: string,
  credentials: { username: string; secret: string },
  signal?: AbortSignal,
): Promise<string> {
  let response: Response
  try {
    response = await fetch(`${apiUrl.replace(/\/+$/, '')}/api/v2/login`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ login_method: 'secret', username: credentials.username, secret: credentials.secret }),
      signal,
    })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new NetworkError()
  }
  const body: unknown = await response.json().catch(() => undefined)
  if (!response.ok) throw new HttpError(response.status, vendorError(body), undefined)
  const token = (body as { data?: { session_token?: unknown } } | undefined)?.data?.session_token
  if (typeof token !== 'string' || !token) throw new ResponseFormatError(messages.errors.unreadable)
  return token
}

/** BloodHound's error body: `{errors: [{message}]}`. */
function vendorError(body: unknown) {
  const message = (body as { errors?: { message?: unknown }[] } | undefined)?.errors?.[0]?.message
  return typeof message === 'string' ? { message: message.slice(0, 200) } : undefined
}
