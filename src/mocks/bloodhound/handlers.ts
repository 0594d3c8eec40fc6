// msw handlers for BloodHound's `GET /api/v2/audit` and `POST /api/v2/login`, shared by the
// browser worker, vitest (msw/node) and the standalone mock server. The audit endpoint accepts
// any bearer token, or none.
import { http, HttpResponse } from 'msw'

import { type BloodHoundDataset, getDefaultBloodHoundDataset } from './dataset'
import { BLOODHOUND_DEMO_LOGIN } from './demo-constants'
import { checkPrefer, listAuditLogs, parseAuditQuery } from './query'
import type { BloodHoundErrorWrapper } from './schema'

export interface CreateBloodHoundHandlersOptions {
  /** Where the server is, e.g. `http://127.0.0.1:8787/bloodhound`; the API lives under `/api/v2`. */
  baseUrl: string
  /** A dataset, or a function that builds one on the first request. Defaults to the shared one. */
  dataset?: BloodHoundDataset | (() => BloodHoundDataset)
  /** The server's clock, for the default `before` (now). */
  now?: () => number
}

let requestCounter = 0

/** `ErrorWrapper`, with a request id of our own (a counter, so runs stay reproducible). */
export function errorWrapper(status: number, message: string, context = 'audit'): BloodHoundErrorWrapper {
  requestCounter += 1
  return {
    http_status: status,
    timestamp: new Date().toISOString(),
    request_id: `00000000-0000-4000-8000-${requestCounter.toString(16).padStart(12, '0')}`,
    errors: [{ context, message }],
  }
}

export function createBloodHoundHandlers({
  baseUrl,
  dataset = getDefaultBloodHoundDataset,
  now = Date.now,
}: CreateBloodHoundHandlersOptions) {
  const base = baseUrl.replace(/\/+$/, '')
  let resolved: BloodHoundDataset | undefined
  const getDataset = () => (resolved ??= typeof dataset === 'function' ? dataset() : dataset)

  return [
    http.get(`${base}/api/v2/audit`, ({ request }) => {
      const prefer = checkPrefer(request.headers.get('Prefer'))
      if (!prefer.ok) return HttpResponse.json(errorWrapper(400, prefer.message, 'middleware'), { status: 400 })
      const query = parseAuditQuery(new URL(request.url).searchParams, now())
      if (!query.ok) return HttpResponse.json(errorWrapper(400, query.message), { status: 400 })
      return HttpResponse.json(listAuditLogs(getDataset(), query.value))
    }),
    http.post(`${base}/api/v2/login`, async ({ request }) => {
      let body: unknown
      try {
        body = await request.json()
      } catch {
        return HttpResponse.json(errorWrapper(400, 'could not decode the request body', 'auth'), { status: 400 })
      }
      const { login_method: method, username, secret } = (body ?? {}) as Record<string, unknown>
      if (method !== 'secret') {
        return HttpResponse.json(errorWrapper(400, 'login method is not supported', 'auth'), { status: 400 })
      }
      if (username !== BLOODHOUND_DEMO_LOGIN.username || secret !== BLOODHOUND_DEMO_LOGIN.secret) {
        return HttpResponse.json(errorWrapper(401, 'authentication is invalid', 'auth'), { status: 401 })
      }
      sessionCounter += 1
      return HttpResponse.json({
        data: {
          user_id: '00000000-0000-4000-8000-00000000ad00',
          auth_expired: false,
          session_token: `demo-session.${sessionCounter.toString(36)}.${Date.now().toString(36)}`,
        },
      })
    }),
  ]
}

let sessionCounter = 0
