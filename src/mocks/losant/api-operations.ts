// The mutating Losant API methods the demo log records, copied from
// shared/reference/losant-api-methods.json (resource → action → [HTTP method, path template]).
// Losant only audits requests that create, edit or delete, so GETs never appear here;
// dataset.test.ts checks every row against the vendor file.
import type { PrimaryTargetType, SecondaryTargetType } from './schema'

export type HttpMethod = 'POST' | 'PATCH' | 'PUT' | 'DELETE'
/** create/update/delete echo or acknowledge a resource; command is anything else (execute, export…). */
export type OperationKind = 'create' | 'update' | 'delete' | 'command'

export interface ApiOperation {
  resource: string
  action: string
  method: HttpMethod
  path: string
  kind: OperationKind
  primaryType: PrimaryTargetType
  secondaryType?: SecondaryTargetType
  /** The path parameter that names the target itself, filled with the target's id. */
  targetParam?: string
}

type Row = readonly [resource: string, action: string, method: HttpMethod, path: string, kind: OperationKind]

const APP = '/applications/{applicationId}'

/** patch/delete on the item path and post on the collection path: the common Losant shape. */
function crud(single: string, plural: string, itemPath: string, collectionPath: string): Row[] {
  return [
    [single, 'patch', 'PATCH', itemPath, 'update'],
    [single, 'delete', 'DELETE', itemPath, 'delete'],
    [plural, 'post', 'POST', collectionPath, 'create'],
  ]
}

const SECONDARY_ROWS: Record<SecondaryTargetType, { targetParam: string; rows: Row[] }> = {
  ApiToken: {
    targetParam: 'apiTokenId',
    rows: crud('applicationApiToken', 'applicationApiTokens', `${APP}/tokens/{apiTokenId}`, `${APP}/tokens`),
  },
  ApplicationCertificateAuthority: {
    targetParam: 'applicationCertificateAuthorityId',
    rows: crud(
      'applicationCertificateAuthority',
      'applicationCertificateAuthorities',
      `${APP}/certificate-authorities/{applicationCertificateAuthorityId}`,
      `${APP}/certificate-authorities`,
    ),
  },
  ApplicationCertificate: {
    targetParam: 'applicationCertificateId',
    rows: crud(
      'applicationCertificate',
      'applicationCertificates',
      `${APP}/certificates/{applicationCertificateId}`,
      `${APP}/certificates`,
    ),
  },
  ApplicationKey: {
    targetParam: 'applicationKeyId',
    rows: crud('applicationKey', 'applicationKeys', `${APP}/keys/{applicationKeyId}`, `${APP}/keys`),
  },
  Credential: {
    targetParam: 'credentialId',
    rows: crud('credential', 'credentials', `${APP}/credentials/{credentialId}`, `${APP}/credentials`),
  },
  Dashboard: {
    targetParam: 'dashboardId',
    rows: crud('applicationDashboard', 'applicationDashboards', `${APP}/dashboards/{dashboardId}`, `${APP}/dashboards`),
  },
  DataTable: {
    targetParam: 'dataTableId',
    rows: [
      ...crud('dataTable', 'dataTables', `${APP}/data-tables/{dataTableId}`, `${APP}/data-tables`),
      ['dataTable', 'addColumn', 'POST', `${APP}/data-tables/{dataTableId}/column`, 'command'],
      ['dataTableRows', 'post', 'POST', `${APP}/data-tables/{dataTableId}/rows`, 'command'],
      ['dataTableRow', 'patch', 'PATCH', `${APP}/data-tables/{dataTableId}/rows/{rowId}`, 'command'],
      ['dataTableRow', 'delete', 'DELETE', `${APP}/data-tables/{dataTableId}/rows/{rowId}`, 'command'],
      ['dataTableRows', 'truncate', 'POST', `${APP}/data-tables/{dataTableId}/rows/truncate`, 'command'],
    ],
  },
  Device: {
    targetParam: 'deviceId',
    rows: [
      ...crud('device', 'devices', `${APP}/devices/{deviceId}`, `${APP}/devices`),
      ['device', 'removeData', 'DELETE', `${APP}/devices/{deviceId}/data`, 'command'],
      ['deviceAttribute', 'patch', 'PATCH', `${APP}/devices/{deviceId}/attributes/{name}`, 'command'],
      ['deviceAttributes', 'post', 'POST', `${APP}/devices/{deviceId}/attributes`, 'command'],
    ],
  },
  DeviceRecipe: {
    targetParam: 'deviceRecipeId',
    rows: [
      ...crud('deviceRecipe', 'deviceRecipes', `${APP}/device-recipes/{deviceRecipeId}`, `${APP}/device-recipes`),
      ['deviceRecipe', 'bulkCreate', 'POST', `${APP}/device-recipes/{deviceRecipeId}/bulkCreate`, 'command'],
    ],
  },
  Event: {
    targetParam: 'eventId',
    rows: crud('event', 'events', `${APP}/events/{eventId}`, `${APP}/events`),
  },
  ExperienceDomain: {
    targetParam: 'experienceDomainId',
    rows: crud(
      'experienceDomain',
      'experienceDomains',
      `${APP}/experience/domains/{experienceDomainId}`,
      `${APP}/experience/domains`,
    ),
  },
  ExperienceEndpoint: {
    targetParam: 'experienceEndpointId',
    rows: crud(
      'experienceEndpoint',
      'experienceEndpoints',
      `${APP}/experience/endpoints/{experienceEndpointId}`,
      `${APP}/experience/endpoints`,
    ),
  },
  ExperienceGroup: {
    targetParam: 'experienceGroupId',
    rows: crud(
      'experienceGroup',
      'experienceGroups',
      `${APP}/experience/groups/{experienceGroupId}`,
      `${APP}/experience/groups`,
    ),
  },
  ExperienceSlug: {
    targetParam: 'experienceSlugId',
    rows: crud(
      'experienceSlug',
      'experienceSlugs',
      `${APP}/experience/slugs/{experienceSlugId}`,
      `${APP}/experience/slugs`,
    ),
  },
  ExperienceUser: {
    targetParam: 'experienceUserId',
    rows: crud(
      'experienceUser',
      'experienceUsers',
      `${APP}/experience/users/{experienceUserId}`,
      `${APP}/experience/users`,
    ),
  },
  ExperienceVersion: {
    targetParam: 'experienceVersionIdOrName',
    rows: crud(
      'experienceVersion',
      'experienceVersions',
      `${APP}/experience/versions/{experienceVersionIdOrName}`,
      `${APP}/experience/versions`,
    ),
  },
  ExperienceView: {
    targetParam: 'experienceViewId',
    rows: crud(
      'experienceView',
      'experienceViews',
      `${APP}/experience/views/{experienceViewId}`,
      `${APP}/experience/views`,
    ),
  },
  File: {
    targetParam: 'fileId',
    rows: [
      ...crud('file', 'files', `${APP}/file/{fileId}`, `${APP}/files`),
      ['file', 'move', 'POST', `${APP}/file/{fileId}/move`, 'command'],
    ],
  },
  Flow: {
    targetParam: 'flowId',
    rows: [
      ...crud('flow', 'flows', `${APP}/flows/{flowId}`, `${APP}/flows`),
      ['flow', 'setStorageEntry', 'PATCH', `${APP}/flows/{flowId}/storage`, 'command'],
      ['flow', 'clearStorageEntries', 'DELETE', `${APP}/flows/{flowId}/storage`, 'command'],
      ['flowVersions', 'post', 'POST', `${APP}/flows/{flowId}/versions`, 'command'],
      ['flowVersion', 'delete', 'DELETE', `${APP}/flows/{flowId}/versions/{flowVersionId}`, 'command'],
    ],
  },
  Integration: {
    targetParam: 'integrationId',
    rows: crud('integration', 'integrations', `${APP}/integrations/{integrationId}`, `${APP}/integrations`),
  },
  Notebook: {
    targetParam: 'notebookId',
    rows: [
      ...crud('notebook', 'notebooks', `${APP}/notebooks/{notebookId}`, `${APP}/notebooks`),
      ['notebook', 'execute', 'POST', `${APP}/notebooks/{notebookId}/execute`, 'command'],
    ],
  },
  PrivateFile: {
    targetParam: 'privateFileId',
    rows: crud('privateFile', 'privateFiles', `${APP}/privateFiles/{privateFileId}`, `${APP}/privateFiles`),
  },
  ResourceJob: {
    targetParam: 'resourceJobId',
    rows: [
      ...crud('resourceJob', 'resourceJobs', `${APP}/resource-jobs/{resourceJobId}`, `${APP}/resource-jobs`),
      ['resourceJob', 'execute', 'POST', `${APP}/resource-jobs/{resourceJobId}/execute`, 'command'],
    ],
  },
  Webhook: {
    targetParam: 'webhookId',
    rows: crud('webhook', 'webhooks', `${APP}/webhooks/{webhookId}`, `${APP}/webhooks`),
  },
}

/** Requests that act on the application itself: no secondary target. */
const APPLICATION_ROWS: Row[] = [
  ['application', 'patch', 'PATCH', APP, 'update'],
  ['application', 'delete', 'DELETE', APP, 'delete'],
  ['applications', 'post', 'POST', '/applications', 'create'],
  ['application', 'globals', 'PATCH', `${APP}/globals`, 'command'],
  ['application', 'readmePatch', 'PATCH', `${APP}/readme`, 'command'],
  ['application', 'clone', 'POST', `${APP}/clone`, 'command'],
  ['application', 'export', 'POST', `${APP}/export`, 'command'],
  ['application', 'applyTemplate', 'PATCH', `${APP}/applyTemplate`, 'command'],
  ['devices', 'export', 'POST', `${APP}/devices/export`, 'command'],
  ['experience', 'bootstrap', 'PATCH', `${APP}/experience/bootstrap`, 'command'],
]

const DASHBOARD_ROWS: Row[] = crud('dashboard', 'dashboards', '/dashboards/{dashboardId}', '/dashboards')

/** Org invites are made and revoked through the org resource; the invitee answers via /invites. */
const ORG_INVITE_ROWS: Row[] = [
  ['org', 'inviteMember', 'POST', '/orgs/{orgId}/invites', 'create'],
  ['org', 'revokeInvite', 'DELETE', '/orgs/{orgId}/invites', 'delete'],
  ['orgInvites', 'post', 'POST', '/invites', 'command'],
]

function toOperations(
  rows: Row[],
  primaryType: PrimaryTargetType,
  targetParam?: string,
  secondaryType?: SecondaryTargetType,
): ApiOperation[] {
  return rows.map(([resource, action, method, path, kind]) => ({
    resource,
    action,
    method,
    path,
    kind,
    primaryType,
    ...(secondaryType ? { secondaryType } : {}),
    ...(targetParam ? { targetParam } : {}),
  }))
}

export const APPLICATION_OPERATIONS = toOperations(APPLICATION_ROWS, 'Application', 'applicationId')
export const DASHBOARD_OPERATIONS = toOperations(DASHBOARD_ROWS, 'Dashboard', 'dashboardId')
export const ORG_INVITE_OPERATIONS = toOperations(ORG_INVITE_ROWS, 'OrgInvite')

export const SECONDARY_OPERATIONS = Object.fromEntries(
  Object.entries(SECONDARY_ROWS).map(([type, { targetParam, rows }]) => [
    type,
    toOperations(rows, 'Application', targetParam, type as SecondaryTargetType),
  ]),
) as Record<SecondaryTargetType, ApiOperation[]>

const ALL_OPERATIONS: ApiOperation[] = [
  ...APPLICATION_OPERATIONS,
  ...DASHBOARD_OPERATIONS,
  ...ORG_INVITE_OPERATIONS,
  ...Object.values(SECONDARY_OPERATIONS).flat(),
]

const BY_KEY = new Map(ALL_OPERATIONS.map((operation) => [operationKey(operation), operation]))

export function operationKey(operation: Pick<ApiOperation, 'resource' | 'action'>): string {
  return `${operation.resource}.${operation.action}`
}

/** Looks an operation up by `resource.action`; throws on a typo so it fails at start-up, not silently. */
export function getOperation(key: string): ApiOperation {
  const operation = BY_KEY.get(key)
  if (!operation) throw new Error(`Unknown Losant operation ${key}`)
  return operation
}

/** The `{param}` names of a path template, in order. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '')
}
