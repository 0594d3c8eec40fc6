import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import qs from 'qs'
import { beforeAll, describe, expect, it } from 'vitest'

import { LOSANT_STATUS_CLASS_CODES } from '@/sources/losant/losant-status-codes'
import { testServer } from '@/test/test-server'
import { renderApp } from '@/testing/render-app'
import { LOSANT_LIST_URL } from '@/testing/test-api'

const ENTRY_ID = 'a1a1a1a1a1a1a1a1a1a1a1a1'
const PREVIOUS_ID = 'a0a0a0a0a0a0a0a0a0a0a0a0'
const APP_ID = 'c3c3c3c3c3c3c3c3c3c3c3c3'
const DEVICE_ID = 'd4d4d4d4d4d4d4d4d4d4d4d4'
const OLD_SECRET = 'old-plain-secret-Zq81'
const NEW_SECRET = 'new-plain-secret-Zq92'

const entryAt = (id: string, time: string, actorName: string, requestBody: unknown) => ({
  id,
  auditLogId: id,
  creationDate: time,
  actorId: 'b2b2b2b2b2b2b2b2b2b2b2b2',
  actorType: 'User',
  actorName,
  primaryTargetId: APP_ID,
  primaryTargetType: 'Application',
  primaryTargetName: 'Greenhouse',
  secondaryTargetId: DEVICE_ID,
  secondaryTargetType: 'Device',
  secondaryTargetName: 'Pump',
  requestResource: 'device',
  requestAction: 'patch',
  requestPathParams: { applicationId: APP_ID, deviceId: DEVICE_ID },
  requestBody,
  responseBody: {},
  responseStatus: 200,
})

const current = entryAt('a1a1a1a1a1a1a1a1a1a1a1a1', '2026-11-20T10:00:00.000Z', 'Ada Lovelace', {
  name: 'Pump 2',
  password: NEW_SECRET,
  config: { interval: 60, tags: ['a', 'b'] },
})
const previous = entryAt(PREVIOUS_ID, '2026-11-19T09:00:00.000Z', 'Grace Hopper', {
  name: 'Pump',
  password: OLD_SECRET,
  config: { interval: 30, tags: ['a'], mode: 'auto' },
})

/** Serves the entry, and its previous change to the one-entry list request that asks for it. */
function serve(previousItems: unknown[]) {
  const compareRequests: qs.ParsedQs[] = []
  testServer.use(
    http.get(`${LOSANT_LIST_URL}/:id`, ({ params }) =>
      HttpResponse.json(params.id === PREVIOUS_ID ? previous : current),
    ),
    http.get(LOSANT_LIST_URL, ({ request }) => {
      const query = qs.parse(new URL(request.url).search, { ignoreQueryPrefix: true })
      // Any other list request (the list behind the drawer, the chart's counts) goes to the demo API.
      const filter = query.auditLogFilter as qs.ParsedQs | undefined
      if (query.perPage !== '1' || !filter?.secondaryTarget) return undefined
      compareRequests.push(query)
      return HttpResponse.json({
        items: previousItems,
        count: previousItems.length,
        totalCount: previousItems.length,
        perPage: 1,
        page: 0,
        sortField: 'creationDate',
        sortDirection: 'desc',
      })
    }),
  )
  return compareRequests
}

beforeAll(async () => {
  await import('../audit-log-drawer')
  await import('./change-diff')
}, 30_000)

describe('compare with the previous change', () => {
  it('asks once for the change before on the same target and shows what changed, secrets unseen', async () => {
    const compareRequests = serve([previous])
    const { user } = renderApp(`/settings/audit-logs/${ENTRY_ID}`)
    const dialog = await screen.findByRole('dialog', { name: `Audit log ${ENTRY_ID}` })
    await within(dialog).findByText('Ada Lovelace')
    // Nothing is asked until the comparison is opened.
    expect(compareRequests).toEqual([])
    await user.click(within(dialog).getByText('Compare with the previous change'))

    const list = await within(dialog).findByRole('list', { name: 'Differences in the request body' })
    expect(compareRequests).toEqual([
      {
        sortField: 'creationDate',
        sortDirection: 'desc',
        page: '0',
        perPage: '1',
        end: String(Date.parse(current.creationDate) - 1),
        auditLogFilter: {
          primaryTarget: [{ id: APP_ID }],
          secondaryTarget: [{ id: DEVICE_ID }],
          request: [{ resource: 'device', action: 'patch' }],
          // "A change": the request succeeded, i.e. the 2xx class as Losant's filter names it.
          responseCode: LOSANT_STATUS_CLASS_CODES['2xx'].map(String),
        },
      },
    ])
    expect(within(dialog).getByText(/Compared with the same request on this target at/)).toHaveTextContent(
      'Grace Hopper',
    )
    expect(within(dialog).getByRole('link', { name: 'Open the previous change' })).toHaveAttribute(
      'href',
      `/settings/audit-logs/${PREVIOUS_ID}`,
    )
    expect(within(dialog).getByText('4 differences: 1 added, 1 removed, 2 changed.')).toBeInTheDocument()
    const rows = within(list).getAllByRole('listitem')
    const texts = rows.map((row) => row.textContent ?? '')
    expect(texts[0]).toMatch(/^Changed name.*"Pump".*"Pump 2"/)
    expect(texts[1]).toMatch(/^Changed config\.interval.*30.*60/)
    expect(texts[2]).toMatch(/^Added config\.tags\[1\].*"b"/)
    expect(texts[3]).toMatch(/^Removed config\.mode.*"auto"/)
    expect(texts).toHaveLength(4)
    // The password changed, but both sides are redacted: the diff cannot and does not say so.
    expect(list).not.toHaveTextContent('password')
    expect(document.body).not.toHaveTextContent(OLD_SECRET)
    expect(document.body).not.toHaveTextContent(NEW_SECRET)

    // The link opens the previous entry, from the cache: it was fetched with the comparison.
    await user.click(within(dialog).getByRole('link', { name: 'Open the previous change' }))
    await screen.findByRole('dialog', { name: `Audit log ${PREVIOUS_ID}` })
    await waitFor(() => expect(screen.getByRole('dialog')).toHaveTextContent('Grace Hopper'))
  })

  it('says so when there is no earlier change in the retained range', async () => {
    serve([])
    const { user } = renderApp(`/settings/audit-logs/${ENTRY_ID}`)
    const dialog = await screen.findByRole('dialog', { name: `Audit log ${ENTRY_ID}` })
    await within(dialog).findByText('Ada Lovelace')
    await user.click(within(dialog).getByText('Compare with the previous change'))
    expect(await within(dialog).findByText('No earlier change in the retained range.')).toBeInTheDocument()
    expect(within(dialog).queryByRole('link', { name: 'Open the previous change' })).toBeNull()
  })

  it('is not offered for an entry without a request body', async () => {
    serve([previous])
    testServer.use(http.get(`${LOSANT_LIST_URL}/:id`, () => HttpResponse.json({ ...current, requestBody: undefined })))
    renderApp(`/settings/audit-logs/${ENTRY_ID}`)
    const dialog = await screen.findByRole('dialog', { name: `Audit log ${ENTRY_ID}` })
    await within(dialog).findByText('Ada Lovelace')
    expect(within(dialog).queryByText('Compare with the previous change')).toBeNull()
  })
})
