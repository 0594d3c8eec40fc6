import { getResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { createVendorHandlers, demoBases } from './demo-handlers'
import { answerDemoRequest } from './demo-thread-answer'
import type { DemoThreadRequest } from './demo-thread-protocol'
import { LOSANT_DEMO_ORG_ID } from './losant/demo-constants'

const ORIGIN = 'http://127.0.0.1:4174'
const handlers = createVendorHandlers(demoBases(ORIGIN))
const LIST = `${ORIGIN}/demo-api/losant/orgs/${LOSANT_DEMO_ORG_ID}/audit-logs?perPage=5&sortField=actorName&sortDirection=asc`

function forwarded(url: string, init: Partial<DemoThreadRequest> = {}): DemoThreadRequest {
  return { type: 'request', id: 7, method: 'GET', url, headers: [['accept', 'application/json']], body: null, ...init }
}

describe('the demo thread answers a forwarded request', () => {
  it('with the same status, headers and bytes the handlers give in the page', async () => {
    const { reply, transfer } = await answerDemoRequest(handlers, forwarded(LIST))
    const direct = await getResponse(handlers, new Request(LIST))
    expect(reply.kind).toBe('response')
    if (reply.kind !== 'response') return
    expect(reply.id).toBe(7)
    expect(reply.status).toBe(200)
    expect(new Map(reply.headers).get('content-type')).toMatch(/application\/json/)
    expect(new TextDecoder().decode(reply.body)).toBe(await direct!.text())
    // The body is handed over, not copied.
    expect(transfer).toEqual([reply.body])
  })

  it('with the vendor error for a bad query', async () => {
    const { reply } = await answerDemoRequest(handlers, forwarded(LIST.replace('perPage=5', 'perPage=zero')))
    expect(reply.kind === 'response' && reply.status).toBe(400)
  })

  it('with a request body, for the demo-only POST that records a live entry', async () => {
    const { reply } = await answerDemoRequest(
      handlers,
      forwarded(`${ORIGIN}/demo-api/losant/__demo__/entries`, { method: 'POST', body: new ArrayBuffer(0) }),
    )
    expect(reply.kind === 'response' && reply.status).toBe(201)
  })

  it('as unhandled for an address no demo handler serves, so the page lets it through', async () => {
    const { reply, transfer } = await answerDemoRequest(handlers, forwarded(`${ORIGIN}/demo-api/nowhere`))
    expect(reply).toEqual({ id: 7, kind: 'unhandled' })
    expect(transfer).toEqual([])
  })
})
