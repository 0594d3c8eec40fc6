// @vitest-environment node
// Pure data and msw handlers: no DOM needed, and jsdom start-up would dominate the run.
import { getResponse } from 'msw'
import qs from 'qs'

import { createLosantDataset } from './dataset'
import { LOSANT_DEMO_ORG_ID } from './demo-constants'
import { createLosantHandlers } from './handlers'

const BASE = 'http://demo.test/losant'
const dataset = createLosantDataset({ now: new Date('2026-06-15T12:00:00.000Z') })
const handlers = createLosantHandlers({ baseUrl: BASE, dataset })
const LIST = `${BASE}/orgs/${LOSANT_DEMO_ORG_ID}/audit-logs`

// getResponse runs the handlers without a network, so the test server's
// onUnhandledRequest: 'error' never sees these requests.
async function get(url: string, init?: RequestInit) {
  const response = await getResponse(handlers, new Request(url, init))
  if (!response) throw new Error(`no handler for ${url}`)
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: (await response.json()) as Record<string, unknown>,
  }
}

describe('Losant demo handlers', () => {
  it('lists a page as JSON in Losant’s collection shape', async () => {
    const response = await get(`${LIST}?perPage=2`, { headers: { Authorization: 'Bearer anything' } })
    expect(response.status).toBe(200)
    expect(response.contentType).toMatch(/^application\/json/)
    expect(response.body).toEqual({
      items: JSON.parse(JSON.stringify(dataset.entries.slice(0, 2))),
      count: 2,
      totalCount: 5400,
      perPage: 2,
      page: 0,
      sortField: 'creationDate',
      sortDirection: 'desc',
      orgId: LOSANT_DEMO_ORG_ID,
    })
  })

  it('applies a qs-encoded filter from the URL', async () => {
    const query = qs.stringify({ auditLogFilter: { actor: [{ type: 'Flow' }], responseCode: [200] }, perPage: 1 })
    const { body } = await get(`${LIST}?${query}`)
    expect(body.totalCount).toBe(
      dataset.entries.filter((entry) => entry.actorType === 'Flow' && entry.responseStatus === 200).length,
    )
  })

  it('answers 400 Validation for a bad query, before looking the org up', async () => {
    expect(await get(`${LIST}?perPage=0`)).toMatchObject({
      status: 400,
      body: { type: 'Validation', message: expect.stringContaining('perPage') },
    })
    expect(await get(`${BASE}/orgs/${'0'.repeat(24)}/audit-logs?sortField=nope`)).toMatchObject({ status: 400 })
  })

  it('answers 404 for an unknown organization', async () => {
    const expected = { status: 404, body: { type: 'NotFound', message: 'Organization was not found' } }
    expect(await get(`${BASE}/orgs/${'0'.repeat(24)}/audit-logs`)).toMatchObject(expected)
    expect(await get(`${BASE}/orgs/${'0'.repeat(24)}/audit-logs/${dataset.entries[0]?.id}`)).toMatchObject(expected)
  })

  it('serves one entry by id', async () => {
    const entry = dataset.entries[3]
    const response = await get(`${LIST}/${entry?.id}`)
    expect(response.status).toBe(200)
    expect(response.contentType).toMatch(/^application\/json/)
    expect(response.body).toEqual(JSON.parse(JSON.stringify(entry)))
  })

  it('answers 400 for a malformed id and 404 for an unknown one', async () => {
    expect(await get(`${LIST}/not-an-id`)).toMatchObject({ status: 400, body: { type: 'Validation' } })
    expect(await get(`${LIST}/${'f'.repeat(24)}`)).toEqual({
      status: 404,
      contentType: expect.stringMatching(/^application\/json/),
      body: { type: 'NotFound', message: 'Audit Log was not found' },
    })
  })

  it('builds a lazily given dataset once, on the first request', async () => {
    const build = vi.fn(() => createLosantDataset({ now: new Date('2026-06-15T12:00:00.000Z'), count: 50 }))
    const lazy = createLosantHandlers({ baseUrl: 'http://localhost/demo-api/losant/', dataset: build })
    expect(build).not.toHaveBeenCalled()
    for (let index = 0; index < 2; index++) {
      const response = await getResponse(
        lazy,
        new Request(`http://localhost/demo-api/losant/orgs/${LOSANT_DEMO_ORG_ID}/audit-logs`),
      )
      expect(await response?.json()).toMatchObject({ totalCount: 50 })
    }
    expect(build).toHaveBeenCalledTimes(1)
  })
})
