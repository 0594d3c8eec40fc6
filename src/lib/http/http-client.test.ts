import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { testServer } from '@/test/test-server'

import { createHttpClient, parseRetryAfter } from './http-client'
import { HttpError, isRetryableError, NetworkError, ResponseFormatError, TimeoutError } from './http-errors'

const BASE = 'http://api.test'
const TOKEN = 'tok_super_secret_value'

function client(timeoutMs?: number) {
  return createHttpClient({
    baseUrl: `${BASE}/`,
    token: TOKEN,
    timeoutMs,
    describeErrorBody: (body) =>
      typeof body === 'object' && body !== null ? (body as { type?: string; message?: string }) : undefined,
  })
}

describe('createHttpClient', () => {
  it('sends nothing until the server is ready, and fails with the reason when it cannot start', async () => {
    const sent: string[] = []
    testServer.use(
      http.get(`${BASE}/things`, ({ request }) => {
        sent.push(request.url)
        return HttpResponse.json({ ok: true })
      }),
    )
    let start!: () => void
    const started = new Promise<void>((resolve) => (start = resolve))
    const waiting = createHttpClient({ baseUrl: BASE, ready: () => started }).getJson('/things')
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(sent).toEqual([])
    start()
    await expect(waiting).resolves.toEqual({ ok: true })
    expect(sent).toHaveLength(1)

    const broken = createHttpClient({
      baseUrl: BASE,
      ready: () => Promise.reject(new Error('service workers are off')),
    })
    await expect(broken.getJson('/things')).rejects.toThrow('service workers are off')
    expect(sent).toHaveLength(1)
  })

  it('sends the bearer token and Accept header, and the query as given', async () => {
    let seen: Request | undefined
    testServer.use(
      http.get(`${BASE}/things`, ({ request }) => {
        seen = request
        return HttpResponse.json({ ok: true })
      }),
    )
    await expect(client().getJson('/things', { query: 'a=1&b=%5B%5D' })).resolves.toEqual({ ok: true })
    expect(seen?.headers.get('Authorization')).toBe(`Bearer ${TOKEN}`)
    expect(seen?.headers.get('Accept')).toBe('application/json')
    expect(new URL(seen!.url).search).toBe('?a=1&b=%5B%5D')
  })

  it('reads the token when each request is sent, so a renewed token needs no new client', async () => {
    const seen: (string | null)[] = []
    testServer.use(
      http.get(`${BASE}/things`, ({ request }) => {
        seen.push(request.headers.get('Authorization'))
        return HttpResponse.json({ ok: true })
      }),
    )
    let current: string | undefined = 'first'
    const reading = createHttpClient({ baseUrl: BASE, token: 'ignored', getToken: async () => current })
    await reading.getJson('/things')
    current = 'second'
    await reading.getJson('/things')
    current = undefined
    await reading.getJson('/things')
    expect(seen).toEqual(['Bearer first', 'Bearer second', null])
  })

  it('after a 401 renews the token once and asks again; a failed renewal ends in the 401', async () => {
    const seen: (string | null)[] = []
    testServer.use(
      http.get(`${BASE}/things`, ({ request }) => {
        const authorization = request.headers.get('Authorization')
        seen.push(authorization)
        return authorization === 'Bearer fresh'
          ? HttpResponse.json({ ok: true })
          : HttpResponse.json({ type: 'Unauthorized', message: 'expired' }, { status: 401 })
      }),
    )
    let current = 'stale'
    let renewals = 0
    const renewing = createHttpClient({
      baseUrl: BASE,
      getToken: () => current,
      renewToken: async () => {
        renewals += 1
        current = 'fresh'
        return true
      },
    })
    await expect(renewing.getJson('/things')).resolves.toEqual({ ok: true })
    expect(seen).toEqual(['Bearer stale', 'Bearer fresh'])
    expect(renewals).toBe(1)

    seen.length = 0
    const failing = createHttpClient({ baseUrl: BASE, getToken: () => 'stale', renewToken: async () => false })
    const error = await failing.getJson('/things').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(HttpError)
    expect((error as HttpError).status).toBe(401)
    expect(seen).toEqual(['Bearer stale'])

    seen.length = 0
    const stillRefused = createHttpClient({ baseUrl: BASE, getToken: () => 'stale', renewToken: async () => true })
    await expect(stillRefused.getJson('/things')).rejects.toBeInstanceOf(HttpError)
    expect(seen).toEqual(['Bearer stale', 'Bearer stale'])
  })

  it('turns an error status into an HttpError with the vendor body and Retry-After', async () => {
    testServer.use(
      http.get(`${BASE}/limited`, () =>
        HttpResponse.json(
          { type: 'TooManyRequests', message: 'Slow down' },
          { status: 429, headers: { 'Retry-After': '7' } },
        ),
      ),
    )
    const error = await client()
      .getJson('/limited')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HttpError)
    expect(error).toMatchObject({
      status: 429,
      retryAfterMs: 7000,
      vendor: { type: 'TooManyRequests', message: 'Slow down' },
    })
    expect((error as Error).message).toBe('Slow down')
    expect(isRetryableError(error)).toBe(true)
  })

  it('reports a body that is not JSON', async () => {
    testServer.use(http.get(`${BASE}/html`, () => HttpResponse.text('<html>proxy login</html>')))
    await expect(client().getJson('/html')).rejects.toBeInstanceOf(ResponseFormatError)
  })

  it('reports a network failure without retrying it itself', async () => {
    testServer.use(http.get(`${BASE}/down`, () => HttpResponse.error()))
    const error = await client()
      .getJson('/down')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NetworkError)
    expect(isRetryableError(error)).toBe(true)
  })

  it('times out a server that never answers', async () => {
    testServer.use(http.get(`${BASE}/slow`, () => new Promise<Response>(() => {})))
    await expect(client(50).getJson('/slow')).rejects.toBeInstanceOf(TimeoutError)
  })

  it("keeps a caller's abort an abort", async () => {
    testServer.use(http.get(`${BASE}/slow`, () => new Promise<Response>(() => {})))
    const controller = new AbortController()
    const pending = client().getJson('/slow', { signal: controller.signal })
    controller.abort()
    const error = await pending.catch((e: unknown) => e)
    expect(error).not.toBeInstanceOf(TimeoutError)
    expect((error as Error).name).toBe('AbortError')
  })

  it('never puts the token into an error message', async () => {
    for (const status of [400, 401, 403, 404, 500]) {
      testServer.use(http.get(`${BASE}/fail`, () => HttpResponse.text('nope', { status })))
      const error = (await client()
        .getJson('/fail')
        .catch((e: unknown) => e)) as Error
      expect(`${error.message} ${String(error)}`).not.toContain(TOKEN)
    }
  })

  it('does not retry what cannot succeed on its own', () => {
    expect(isRetryableError(new HttpError(400, undefined, undefined))).toBe(false)
    expect(isRetryableError(new HttpError(401, undefined, undefined))).toBe(false)
    expect(isRetryableError(new HttpError(503, undefined, undefined))).toBe(true)
  })
})

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120')).toBe(120_000)
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:05 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(5000)
    expect(parseRetryAfter('soon')).toBeUndefined()
    expect(parseRetryAfter(null)).toBeUndefined()
  })
})
