import { describe, expect, it } from 'vitest'

import type { AuditEvent } from '@/sources/audit-event'
import { bloodhoundSource } from '@/sources/bloodhound/bloodhound-source'
import { losantSource } from '@/sources/losant/losant-source'
import { uipathSource } from '@/sources/uipath/uipath-source'

import { previousChangeSearch } from './previous-change-search'

const T = Date.parse('2026-11-20T10:00:00.000Z')
const event: AuditEvent = {
  id: 'a1a1a1a1a1a1a1a1a1a1a1a1',
  time: new Date(T).toISOString(),
  timeMs: T,
  actor: { type: 'User', id: 'b2b2b2b2b2b2b2b2b2b2b2b2' },
  primaryTarget: { type: 'Application', id: 'c3c3c3c3c3c3c3c3c3c3c3c3' },
  secondaryTarget: { type: 'Device', id: 'd4d4d4d4d4d4d4d4d4d4d4d4' },
  request: { resource: 'device', action: 'patch', body: { name: 'Pump' } },
  response: { status: 200 },
  redactionCount: 0,
}

describe('previousChangeSearch', () => {
  it('asks Losant for one entry: the same targets and request, a success, ending just before', () => {
    expect(previousChangeSearch(event, losantSource.capabilities)).toEqual({
      sort: { field: 'time', direction: 'desc' },
      page: 0,
      pageSize: 1,
      filters: expect.objectContaining({
        actorTypes: [],
        actors: [],
        primaryTargets: [{ id: 'c3c3c3c3c3c3c3c3c3c3c3c3' }],
        secondaryTargets: [{ id: 'd4d4d4d4d4d4d4d4d4d4d4d4' }],
        requests: [{ resource: 'device', action: 'patch' }],
        statusClasses: ['2xx'],
      }),
      range: { end: T - 1 },
    })
  })

  it('names only the primary target when the entry has no secondary one', () => {
    const search = previousChangeSearch({ ...event, secondaryTarget: undefined }, losantSource.capabilities)
    expect(search?.filters.primaryTargets).toEqual([{ id: 'c3c3c3c3c3c3c3c3c3c3c3c3' }])
    expect(search?.filters.secondaryTargets).toEqual([])
  })

  it('offers nothing for an entry that changed no resource', () => {
    const caps = losantSource.capabilities
    expect(previousChangeSearch({ ...event, request: { ...event.request, body: undefined } }, caps)).toBeUndefined()
    expect(previousChangeSearch({ ...event, primaryTarget: undefined }, caps)).toBeUndefined()
    expect(previousChangeSearch({ ...event, timeMs: Number.NaN }, caps)).toBeUndefined()
  })

  it('offers nothing where the source cannot look the previous change up', () => {
    expect(previousChangeSearch(event, uipathSource.capabilities)).toBeUndefined()
    expect(previousChangeSearch(event, bloodhoundSource.capabilities)).toBeUndefined()
    expect(previousChangeSearch(event, { ...losantSource.capabilities, previousChange: false })).toBeUndefined()
  })
})
