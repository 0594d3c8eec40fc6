// @vitest-environment node
// A status class means its class: the adapter's request against the demo API, which reads the
// query exactly as a server with qs' defaults does, over data holding uncommon codes (decision 012).
import { getResponse } from 'msw'

import { createLosantDataset } from '@/mocks/losant/dataset'
import { LOSANT_DEMO_ORG_ID } from '@/mocks/losant/demo-constants'
import { createLosantHandlers } from '@/mocks/losant/handlers'
import type { AuditSearch, StatusClass } from '@/sources/audit-search'
import { DEFAULT_SEARCH, EMPTY_FILTERS } from '@/sources/audit-search'
import { statusClassesFit } from '@/sources/status-class-codes'

import { losantDecoder } from './losant-decoder'
import { losantSource } from './losant-source'
import { LOSANT_STATUS_CLASS_CODES } from './losant-status-codes'

const BASE = 'http://demo.test/losant'
const dataset = createLosantDataset({ now: new Date('2026-06-15T12:00:00.000Z') })
const handlers = createLosantHandlers({ baseUrl: BASE, dataset })
const CLASSES = losantSource.capabilities.filters.statusClasses!
const LIMITS = losantSource.capabilities.filters.statusCodes

async function get(query: string) {
  const response = await getResponse(handlers, new Request(`${BASE}/orgs/${LOSANT_DEMO_ORG_ID}/audit-logs?${query}`))
  if (!response) throw new Error('no handler')
  return { status: response.status, body: (await response.json()) as unknown }
}

/** The total the list shows for a search, through the adapter and the demo API. */
async function listedTotal(statusClasses: StatusClass[]): Promise<number | undefined> {
  const search: AuditSearch = { ...DEFAULT_SEARCH, pageSize: 1, filters: { ...EMPTY_FILTERS, statusClasses } }
  const spec = await losantSource.listRequest(search, { orgId: LOSANT_DEMO_ORG_ID })
  const response = await get(spec.query ?? '')
  expect(response.status, statusClasses.join()).toBe(200)
  return (await losantDecoder.decodeList(response.body)).total
}

/** Entries whose code lies in one of the classes: 4xx is 400–499, whatever the code. */
const heldInData = (statusClasses: readonly StatusClass[]) =>
  dataset.entries.filter((entry) =>
    statusClasses.includes(`${Math.floor(entry.responseStatus / 100)}xx` as StatusClass),
  ).length

const combinations = (values: readonly StatusClass[]): StatusClass[][] =>
  values.reduce<StatusClass[][]>((sets, value) => [...sets, ...sets.map((set) => [...set, value])], [[]]).slice(1)

describe('status classes against the demo API', () => {
  it('holds uncommon codes in every error class', () => {
    const codes = new Set(dataset.entries.map((entry) => entry.responseStatus))
    for (const code of [406, 408, 412, 418, 423, 451, 501, 505, 507]) expect(codes).toContain(code)
  })

  it('lists every entry of the class for each class and each combination one request can ask for', async () => {
    const askable = combinations(CLASSES).filter((set) => statusClassesFit(set, CLASSES, LIMITS))
    expect(askable.map((set) => set.join())).toEqual(
      expect.arrayContaining(['2xx', '3xx', '4xx', '5xx', '2xx,5xx', '2xx,3xx', '3xx,5xx', '2xx,3xx,4xx,5xx']),
    )
    for (const set of askable) {
      expect(await listedTotal(set), set.join()).toBe(heldInData(set))
    }
  })

  it('shows a 4xx total equal to the entries coded 400–499 the data holds', async () => {
    const clientErrors = dataset.entries.filter((entry) => entry.responseStatus >= 400 && entry.responseStatus < 500)
    const codes = new Set(clientErrors.map((entry) => entry.responseStatus))
    for (const code of [406, 408, 412, 418, 423, 451]) expect(codes).toContain(code)
    expect(await listedTotal(['4xx'])).toBe(clientErrors.length)
  })

  it('gets the 400 a qs-defaults server gives when one array names more than 20 codes', async () => {
    const { default: qs } = await import('qs')
    const codes = [...LOSANT_STATUS_CLASS_CODES['4xx'], ...LOSANT_STATUS_CLASS_CODES['5xx']]
    const response = await get(qs.stringify({ auditLogFilter: { responseCode: codes } }))
    expect(response).toMatchObject({ status: 400, body: { type: 'Validation', message: /responseCode/ } })
  })
})
