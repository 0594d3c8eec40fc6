import { ResponseFormatError } from '@/lib/http/http-errors'
import type { AuditSource } from '@/sources/audit-source'
import { LOSANT_REQUEST_OPTIONS } from './api-methods'
import {
  LOSANT_ACTOR_TYPES,
  LOSANT_PRIMARY_TARGET_TYPES,
  LOSANT_SECONDARY_TARGET_TYPES,
} from './losant-enums'
import { decodeLosantEntry, decodeLosantPage } from './losant-decode'
import { losantListQuery } from './losant-list-request'
import { LOSANT_ID_PATTERN, losantErrorSchema } from './losant-schemas'

/** Losant's `GET /orgs/{orgId}/audit-logs[/{auditLogId}]` (api-contracts.md §1). */
export const losantSource: AuditSource = {
  id: 'losant',
  label: 'Losant',
  capabilities: {
    sortFields: ['time', 'actor', 'status'],
    filters: {
      actorTypes: LOSANT_ACTOR_TYPES,
      actors: true,
      primaryTargetTypes: LOSANT_PRIMARY_TARGET_TYPES,
      primaryTargets: true,
      secondaryTargetTypes: LOSANT_SECONDARY_TARGET_TYPES,
      secondaryTargets: true,
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
      throw new ResponseFormatError(
        `The server's answer is not an audit-log entry: ${(error as Error).message}`,
      )
    }
  },
  scopesHelp:
    'A token with one of these scopes can read audit logs: all.Organization, all.Organization.read, all.User, all.User.read, or auditLogs.get (and auditLog.get to open one entry).',
  describeErrorBody: (body) => {
    const parsed = losantErrorSchema.safeParse(body)
    if (parsed.success && (parsed.data.type || parsed.data.message)) return parsed.data
    return typeof body === 'string' && body.trim()
      ? { message: body.trim().slice(0, 300) }
      : undefined
  },
}
