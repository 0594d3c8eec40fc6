import { ResponseFormatError } from '@/lib/http/http-errors'
import type { AuditSource } from '@/sources/audit-source'
import { messages } from '@/lib/i18n'
import { LOSANT_REQUEST_OPTIONS } from './api-methods'
import {
  LOSANT_ACTOR_TYPES,
  LOSANT_PRIMARY_TARGET_TYPES,
  LOSANT_SECONDARY_TARGET_TYPES,
  LOSANT_TYPE_LABELS,
} from './losant-enums'
import { decodeLosantEntry, decodeLosantPage } from './losant-decode'
import { losantListQuery } from './losant-list-request'
import { LOSANT_ID_PATTERN, losantErrorSchema } from './losant-schemas'

/** Losant's `GET /orgs/{orgId}/audit-logs[/{auditLogId}]` (api-contracts.md §1). */
export const losantSource: AuditSource = {
  id: 'losant',
  label: messages.sources.losant.label,
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
      statusClasses: ['2xx', '3xx', '4xx', '5xx'],
    },
    timeRange: true,
    paging: 'page',
    totalCount: true,
    eventById: true,
  },
  listRequest: async (search, { orgId }) => ({
    path: `/orgs/${encodeURIComponent(orgId)}/audit-logs`,
    query: await losantListQuery(search),
  }),
  decodeList: decodeLosantPage,
  isEventId: (id) => LOSANT_ID_PATTERN.test(id),
  isEntityId: (id) => LOSANT_ID_PATTERN.test(id),
  eventRequest: (id, { orgId }) => ({
    path: `/orgs/${encodeURIComponent(orgId)}/audit-logs/${encodeURIComponent(id)}`,
  }),
  decodeEvent: (json) => {
    try {
      return decodeLosantEntry(json)
    } catch (error) {
      throw new ResponseFormatError(messages.sources.losant.notAnEntry((error as Error).message))
    }
  },
  scopesHelp: messages.sources.losant.scopesHelp,
  describeErrorBody: (body) => {
    const parsed = losantErrorSchema.safeParse(body)
    if (parsed.success && (parsed.data.type || parsed.data.message)) return parsed.data
    return typeof body === 'string' && body.trim()
      ? { message: body.trim().slice(0, 300) }
      : undefined
  },
}
