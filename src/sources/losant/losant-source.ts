import { messages } from '@/lib/i18n'
import type { AuditSource } from '@/sources/audit-source'

import { LOSANT_REQUEST_OPTIONS } from './api-methods'
import {
  LOSANT_ACTOR_TYPES,
  LOSANT_PRIMARY_TARGET_TYPES,
  LOSANT_SECONDARY_TARGET_TYPES,
  LOSANT_TYPE_LABELS,
} from './losant-enums'
import { LOSANT_ID_PATTERN } from './losant-ids'
import { LOSANT_STATUS_CLASSES, losantListQuery } from './losant-list-request'
import { LOSANT_MAX_FILTER_VALUES, LOSANT_STATUS_CODE_LIMITS } from './losant-status-codes'

const COLUMN = messages.list.columns

/** Losant's `GET /orgs/{orgId}/audit-logs[/{auditLogId}]` (api-contracts.md §1). */
export const losantSource: AuditSource = {
  id: 'losant',
  label: messages.sources.losant.label,
  organization: { idPattern: LOSANT_ID_PATTERN },
  columns: [
    { id: 'time', title: COLUMN.time, width: '13rem', cell: { kind: 'time' }, sortDescFirst: true },
    { id: 'actor', title: COLUMN.actor, width: '22%', cell: { kind: 'actor', filterBy: true }, sortDescFirst: false },
    { id: 'request', title: COLUMN.request, width: '32%', cell: { kind: 'request' } },
    { id: 'target', title: COLUMN.target, width: '24%', cell: { kind: 'targets' } },
    { id: 'status', title: COLUMN.status, width: '6rem', cell: { kind: 'status' }, sortDescFirst: false },
  ],
  capabilities: {
    sortFields: ['time', 'actor', 'status'],
    filters: {
      actorTypes: LOSANT_ACTOR_TYPES,
      actors: true,
      primaryTargetTypes: LOSANT_PRIMARY_TARGET_TYPES,
      primaryTargets: true,
      secondaryTargetTypes: LOSANT_SECONDARY_TARGET_TYPES,
      secondaryTargets: true,
      typeLabels: LOSANT_TYPE_LABELS,
      requests: LOSANT_REQUEST_OPTIONS,
      statusClasses: LOSANT_STATUS_CLASSES,
      statusCodes: LOSANT_STATUS_CODE_LIMITS,
      maxValuesPerList: LOSANT_MAX_FILTER_VALUES,
    },
    timeRange: true,
    paging: 'page',
    totalCount: true,
    eventById: true,
    previousChange: true,
  },
  listRequest: async (search, { orgId }) => ({
    path: `/orgs/${encodeURIComponent(orgId)}/audit-logs`,
    query: await losantListQuery(search),
  }),
  isEventId: (id) => LOSANT_ID_PATTERN.test(id),
  isEntityId: (id) => LOSANT_ID_PATTERN.test(id),
  eventRequest: (id, { orgId }) => ({
    path: `/orgs/${encodeURIComponent(orgId)}/audit-logs/${encodeURIComponent(id)}`,
  }),
  loadDecoder: async () => (await import('./losant-decoder')).losantDecoder,
  loadRequestMethods: async () => (await import('./resolve-api-method')).losantMethodTemplate,
  scopesHelp: messages.sources.losant.scopesHelp,
}
