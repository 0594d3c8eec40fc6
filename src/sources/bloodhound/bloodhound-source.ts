import { messages } from '@/lib/i18n'
import type { AuditSource, HttpRequestSpec } from '@/sources/audit-source'

import { isBloodHoundLogId, isBloodHoundUuid } from './bloodhound-ids'
import { BLOODHOUND_AUDIT_PATH, bloodhoundEventQuery, bloodhoundListQuery } from './bloodhound-list-request'
import { loginWithSecret } from './bloodhound-login'

const COLUMN = messages.list.columns

export interface BloodHoundSourceOptions {
  /**
   * Seconds the server may work on a request (`Prefer: wait=N`, RFC 7240). Absent: no header, and
   * the server's default (30 s) applies.
   */
  waitSeconds?: number
}

/**
 * Actions BloodHound writes to its audit log (an open set: a newer server may log others, and a
 * link naming one of them is then dropped as unknown, never sent).
 */
export const BLOODHOUND_ACTIONS: readonly string[] = [
  'AcceptEULA',
  'CreateAssetGroupSelector',
  'CreateAuthToken',
  'CreateOIDCProvider',
  'CreateSavedQuery',
  'CreateUser',
  'DeleteAssetGroupSelector',
  'DeleteAuthToken',
  'DeleteSavedQuery',
  'DeleteUser',
  'LoginAttempt',
  'UpdateParameter',
  'UpdateUser',
]

/**
 * BloodHound's audit log, `GET /api/v2/audit` (api-contracts.md §3). One log per server: there is
 * no organization, so `location.orgId` is not used.
 */
export function createBloodHoundSource({ waitSeconds }: BloodHoundSourceOptions = {}): AuditSource {
  if (waitSeconds !== undefined && (!Number.isSafeInteger(waitSeconds) || waitSeconds < 0)) {
    throw new RangeError(`Prefer: wait takes whole seconds, not ${waitSeconds}.`)
  }
  const headers = waitSeconds === undefined ? undefined : { Prefer: `wait=${waitSeconds}` }
  const request = (query: string): HttpRequestSpec =>
    headers ? { path: BLOODHOUND_AUDIT_PATH, query, headers } : { path: BLOODHOUND_AUDIT_PATH, query }
  return {
    id: 'bloodhound',
    label: messages.sources.bloodhound.label,
    secretLogin: loginWithSecret,
    columns: [
      { id: 'time', title: COLUMN.time, width: '13rem', cell: { kind: 'time' }, sortDescFirst: true },
      { id: 'actor', title: COLUMN.actor, width: '22%', cell: { kind: 'actor', detail: 'email', filterBy: true } },
      { id: 'action', title: COLUMN.action, width: '22%', cell: { kind: 'text', field: 'operationName' } },
      { id: 'outcome', title: COLUMN.outcome, width: '13rem', cell: { kind: 'outcome' } },
      {
        id: 'ip',
        title: COLUMN.ipAddress,
        width: '10rem',
        cell: { kind: 'text', field: 'ipAddress', filterBy: 'sourceAddresses' },
      },
    ],
    capabilities: {
      // Always newest first: see bloodhound-list-request.ts.
      sortFields: ['time'],
      fixedSortDirection: { time: 'desc' },
      filters: {
        actors: true,
        maxActors: 1,
        actions: BLOODHOUND_ACTIONS,
        outcomes: ['success', 'failure'],
        requestIds: true,
        actorNames: true,
        actorEmails: true,
        sourceAddresses: true,
      },
      timeRange: true,
      paging: 'offset',
      // `count` ignores the time range: no exact total (AuditPage.hasMore drives paging).
      totalCount: false,
      eventById: true,
    },
    listRequest: (search) => request(bloodhoundListQuery(search)),
    isEventId: isBloodHoundLogId,
    isEntityId: isBloodHoundUuid,
    eventRequest: (id) => request(bloodhoundEventQuery(id)),
    loadDecoder: async () => (await import('./bloodhound-decoder')).bloodhoundDecoder,
    scopesHelp: messages.sources.bloodhound.scopesHelp,
  }
}

export const bloodhoundSource = createBloodHoundSource()
