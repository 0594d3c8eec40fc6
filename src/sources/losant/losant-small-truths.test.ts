// Small truths: instants read one way in every adapter; the 403 help names every granting scope.
import { parseInstant } from '@/sources/parse-instant'

import { losantDecoder } from './losant-decoder'

it('reads creationDate the way every adapter reads instants (parseInstant), not with Date.parse', async () => {
  const creationDate = '2026-03-01T10:20:30.1234567+02:00'
  const page = await losantDecoder.decodeList({
    items: [{ id: 'a'.repeat(24), creationDate }],
    count: 1,
    totalCount: 1,
  })
  expect(page.events[0]!.timeMs).toBe(parseInstant(creationDate))
  expect(page.events[0]!.timeMs).toBe(Date.UTC(2026, 2, 1, 8, 20, 30, 123))
})

it('names every scope that grants access in the 403 help, wildcards included (api-contracts §1)', async () => {
  const { losantSource } = await import('./losant-source')
  for (const scope of [
    'all.Organization',
    'all.Organization.read',
    'all.User',
    'all.User.read',
    'auditLogs.*',
    'auditLogs.get',
    'auditLog.*',
    'auditLog.get',
  ]) {
    expect(losantSource.scopesHelp).toContain(scope)
  }
})
