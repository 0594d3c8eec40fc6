// The vendor contract as plain types, written from shared/reference/losant/*.json.
// Kept here (not imported from the app) so the demo API stays an independent implementation.

export const ACTOR_TYPES = ['Application', 'Device', 'Flow', 'User', 'ApiToken'] as const
export const PRIMARY_TARGET_TYPES = ['Application', 'Dashboard', 'OrgInvite'] as const
export const SECONDARY_TARGET_TYPES = [
  'ApiToken',
  'ApplicationCertificateAuthority',
  'ApplicationCertificate',
  'ApplicationKey',
  'Credential',
  'Dashboard',
  'DataTable',
  'Device',
  'DeviceRecipe',
  'Event',
  'ExperienceDomain',
  'ExperienceEndpoint',
  'ExperienceGroup',
  'ExperienceSlug',
  'ExperienceUser',
  'ExperienceVersion',
  'ExperienceView',
  'File',
  'Flow',
  'Integration',
  'Notebook',
  'PrivateFile',
  'ResourceJob',
  'Webhook',
] as const

export type ActorType = (typeof ACTOR_TYPES)[number]
export type PrimaryTargetType = (typeof PRIMARY_TARGET_TYPES)[number]
export type SecondaryTargetType = (typeof SECONDARY_TARGET_TYPES)[number]

export type JsonObject = { [key: string]: unknown }

/** One entry, as reference/losant/auditLog.json describes it (every field optional there). */
export interface LosantAuditLog {
  id: string
  auditLogId: string
  creationDate: string
  orgId: string
  primaryTargetId: string
  primaryTargetType: PrimaryTargetType
  primaryTargetName: string
  secondaryTargetId?: string
  secondaryTargetType?: SecondaryTargetType
  secondaryTargetName?: string
  actorId: string
  actorType: ActorType
  actorName: string
  requestResource: string
  requestAction: string
  requestPathParams: Record<string, string>
  requestQueryParams?: Record<string, string>
  requestBody?: JsonObject
  responseBody: JsonObject
  responseStatus: number
}

export const SORT_FIELDS = ['creationDate', 'responseStatus', 'actorName'] as const
export type SortField = (typeof SORT_FIELDS)[number]
export type SortDirection = 'asc' | 'desc'

/** reference/losant/auditLogs.json */
export interface LosantAuditLogCollection {
  items: LosantAuditLog[]
  count: number
  totalCount: number
  perPage: number
  page: number
  sortField: SortField
  sortDirection: SortDirection
  orgId: string
}

/** reference/losant/error.json */
export interface LosantErrorBody {
  type: string
  message: string
}

export const OBJECT_ID_PATTERN = /^[A-Fa-f\d]{24}$/
