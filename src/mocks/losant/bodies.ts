// Request and response bodies that look like what Losant's API really receives and answers:
// creates send the new resource and get it back with ids, patches send a few fields and get the
// whole resource, deletes get `{ success: true }`, and the odd commands have their own shapes.
import { type ApiOperation, operationKey } from './api-operations'
import type { Prng } from './prng'
import type { JsonObject, SecondaryTargetType } from './schema'
import type { Actor, Application, NamedEntity } from './world'

export interface BodyContext {
  prng: Prng
  orgId: string
  dateMs: number
  actor: Actor
  /** Set for every operation under /applications/{applicationId}. */
  application?: Application
  /** The resource acted on: the secondary target, or the primary one when there is none. */
  target: NamedEntity
}

export interface Exchange {
  requestBody?: JsonObject
  responseBody: JsonObject
  requestQueryParams?: Record<string, string>
  /** Path parameters that are not ids of a target (attribute name, row id…). */
  pathParams?: Record<string, string>
}

const iso = (ms: number) => new Date(ms).toISOString()
const creationOf = (id: string) => iso(parseInt(id.slice(0, 8), 16) * 1000)

const SITES = ['Dock 3', 'Plant 2', 'HQ', 'North Farm', 'Lot B', 'Warehouse 9', 'Depot East']
const FIRMWARE = ['3.0.4', '3.1.0', '3.1.2', '3.2.1']
const ATTRIBUTES: readonly (readonly [string, string, string])[] = [
  ['temperature', 'number', '°C'],
  ['humidity', 'number', '%'],
  ['battery', 'number', 'V'],
  ['rssi', 'number', 'dBm'],
  ['doorOpen', 'boolean', ''],
  ['location', 'gps', ''],
  ['status', 'string', ''],
  ['pressure', 'number', 'kPa'],
]
const NODE_TYPES = [
  'DeviceStateNode',
  'ConditionalNode',
  'MathNode',
  'EmailNode',
  'SmsNode',
  'TableInsertRowsNode',
  'HttpNode',
  'DebugNode',
  'FunctionNode',
  'StorageSetValueNode',
]

function tags(prng: Prng): JsonObject[] {
  const list: JsonObject[] = [{ key: 'site', value: prng.pick(SITES) }]
  if (prng.chance(0.6)) list.push({ key: 'firmware', value: prng.pick(FIRMWARE) })
  if (prng.chance(0.3)) list.push({ key: 'floor', value: String(prng.int(1, 4)) })
  return list
}

function attributes(prng: Prng): JsonObject[] {
  return prng.sample(ATTRIBUTES, prng.int(2, 5)).map(([name, dataType, unit]) => ({
    name,
    dataType,
    description: '',
    ...(unit ? { attributeTags: { unit } } : {}),
  }))
}

function flowNodes(prng: Prng): JsonObject[] {
  return Array.from({ length: prng.int(2, 6) }, (_, index) => {
    const type = prng.pick(NODE_TYPES)
    return {
      id: prng.hex(10),
      type,
      config: type === 'ConditionalNode' ? { expression: `{{data.temperature}} > ${prng.int(4, 40)}` } : {},
      meta: { x: 120 + index * 180, y: 80 + prng.int(0, 4) * 60, label: type.replace(/Node$/, '') },
      outputIds: [[]],
    }
  })
}

function dashboardBlocks(prng: Prng): JsonObject[] {
  return Array.from({ length: prng.int(2, 5) }, (_, index) => {
    const blockType = prng.pick(['graph', 'gauge', 'map', 'indicator', 'table', 'device-list'])
    return {
      id: prng.hex(12),
      blockType,
      title: `${prng.pick(['Temperature', 'Battery', 'Devices', 'Alarms', 'Throughput'])} ${blockType}`,
      startX: (index % 3) * 4,
      startY: Math.floor(index / 3) * 4,
      width: 4,
      height: 4,
      config: {
        duration: prng.pick([3600000, 86400000, 604800000]),
        segments: [{ attribute: prng.pick(ATTRIBUTES)[0], color: '#1e88e5' }],
      },
    }
  })
}

function base(ctx: BodyContext, idKey: string): JsonObject {
  const { target, application, dateMs } = ctx
  return {
    id: target.id,
    [idKey]: target.id,
    ...(application ? { applicationId: application.id } : {}),
    name: target.name,
    creationDate: creationOf(target.id),
    lastUpdated: iso(dateMs),
  }
}

/** The full resource as Losant returns it from a create or a patch. */
const DESCRIBE: Record<SecondaryTargetType, (ctx: BodyContext) => JsonObject> = {
  ApiToken: (ctx) => ({
    ...base(ctx, 'apiTokenId'),
    scope: [ctx.prng.pick(['all.Application', 'all.Application.read', 'data.timeSeriesQuery', 'devices.*'])],
    status: 'active',
    expirationDate: iso(ctx.dateMs + 365 * 86_400_000),
  }),
  ApplicationCertificateAuthority: (ctx) => ({
    ...base(ctx, 'applicationCertificateAuthorityId'),
    description: `${ctx.target.name} used to sign field devices`,
    status: 'active',
    caInfo: { subject: `CN=${ctx.target.name}, O=Acme Industrial`, validTo: iso(ctx.dateMs + 3 * 365 * 86_400_000) },
  }),
  ApplicationCertificate: (ctx) => ({
    ...base(ctx, 'applicationCertificateId'),
    description: ctx.target.name,
    status: ctx.prng.pick(['active', 'active', 'inactive']),
    certificateInfo: {
      commonName: `device-${ctx.prng.hex(6)}`,
      issuer: 'Factory Intermediate CA',
      serialNumber: ctx.prng.hex(16),
    },
  }),
  ApplicationKey: (ctx) => ({
    ...base(ctx, 'applicationKeyId'),
    key: `${ctx.prng.hex(8)}-${ctx.prng.hex(4)}-${ctx.prng.hex(4)}-${ctx.prng.hex(4)}-${ctx.prng.hex(12)}`,
    description: ctx.target.name,
    status: 'active',
    filterType: ctx.prng.pick(['all', 'deviceIds', 'deviceTags']),
    deviceTags: tags(ctx.prng).slice(0, 1),
  }),
  Credential: (ctx) => ({
    ...base(ctx, 'credentialId'),
    type: 'basic',
    basic: { username: `svc_${ctx.prng.pick(['losant', 'ingest', 'bridge'])}` },
    description: `Used by workflows that call ${ctx.target.name}`,
  }),
  Dashboard: (ctx) => ({
    ...base(ctx, 'dashboardId'),
    description: '',
    refreshRate: ctx.prng.pick([30, 60, 300]),
    public: false,
    defaultTheme: ctx.prng.pick(['light', 'dark']),
    blocks: dashboardBlocks(ctx.prng),
  }),
  DataTable: (ctx) => ({
    ...base(ctx, 'dataTableId'),
    description: '',
    columns: [
      { name: 'siteId', dataType: 'string', constraint: 'required' },
      { name: 'status', dataType: 'string', constraint: 'optional', defaultValue: 'open' },
      { name: 'priority', dataType: 'number', constraint: 'optional' },
      { name: 'dueDate', dataType: 'date', constraint: 'optional' },
    ].slice(0, ctx.prng.int(2, 4)),
  }),
  Device: (ctx) => ({
    ...base(ctx, 'deviceId'),
    description: ctx.prng.chance(0.5) ? `Installed at ${ctx.prng.pick(SITES)}` : '',
    deviceClass: ctx.target.name.match(/Gateway|Hub|Controller|Kiosk|Modem/)
      ? 'gateway'
      : ctx.prng.pick(['standalone', 'standalone', 'peripheral']),
    tags: tags(ctx.prng),
    attributes: attributes(ctx.prng),
    keepDuration: ctx.prng.pick([30, 90, 365]),
    connectionInfo: { connected: ctx.prng.chance(0.8) ? 1 : 0, time: iso(ctx.dateMs - ctx.prng.int(1, 86_400) * 1000) },
  }),
  DeviceRecipe: (ctx) => ({
    ...base(ctx, 'deviceRecipeId'),
    description: '',
    deviceClass: 'standalone',
    deviceTags: tags(ctx.prng),
    attributes: attributes(ctx.prng),
    nameTemplate: `${ctx.target.name} {{index}}`,
  }),
  Event: (ctx) => ({
    ...base(ctx, 'eventId'),
    subject: ctx.target.name,
    message: `${ctx.target.name} reported by ${ctx.application?.children.Device[0]?.name ?? 'a device'}`,
    level: ctx.prng.pick(['info', 'warning', 'critical']),
    state: 'new',
    data: { value: ctx.prng.int(-20, 60), threshold: ctx.prng.int(0, 40) },
  }),
  ExperienceDomain: (ctx) => ({ ...base(ctx, 'experienceDomainId'), domainName: ctx.target.name, sslStatus: 'issued' }),
  ExperienceEndpoint: (ctx) => {
    const [method = 'GET', route = '/'] = ctx.target.name.split(' ')
    return {
      ...base(ctx, 'experienceEndpointId'),
      method: method.toLowerCase(),
      route,
      description: '',
      access: ctx.prng.pick(['public', 'authenticated', 'group']),
      enabled: true,
      endpointTags: { area: ctx.prng.pick(['api', 'pages', 'auth']) },
    }
  },
  ExperienceGroup: (ctx) => ({
    ...base(ctx, 'experienceGroupId'),
    description: '',
    parentId: null,
    experienceUserIds: Array.from({ length: ctx.prng.int(0, 4) }, () => ctx.prng.objectId(ctx.dateMs)),
    deviceTags: tags(ctx.prng).slice(0, 1),
  }),
  ExperienceSlug: (ctx) => ({
    ...base(ctx, 'experienceSlugId'),
    slug: ctx.target.name,
    version: ctx.prng.pick(['v1.4.0', 'v1.5.0', 'develop']),
  }),
  ExperienceUser: (ctx) => ({
    ...base(ctx, 'experienceUserId'),
    email: ctx.target.name,
    firstName: ctx.prng.pick(['Alex', 'Sam', 'Jordan', 'Chris', 'Taylor']),
    lastName: ctx.prng.pick(['Miller', 'Nguyen', 'Garcia', 'Smith', 'Ibrahim']),
    userTags: { site: ctx.prng.pick(SITES) },
    experienceGroups: [
      { id: ctx.prng.objectId(ctx.dateMs), name: ctx.prng.pick(['Technicians', 'Site Managers', 'Read Only']) },
    ],
  }),
  ExperienceVersion: (ctx) => ({
    ...base(ctx, 'experienceVersionId'),
    version: ctx.target.name,
    description: 'Release build',
  }),
  ExperienceView: (ctx) => ({
    ...base(ctx, 'experienceViewId'),
    viewType: ctx.target.name.startsWith('Layout')
      ? 'layout'
      : ctx.target.name.startsWith('Component')
        ? 'component'
        : 'page',
    description: '',
    body: '<div class="card">\n  <h2>{{device.name}}</h2>\n  {{component "statusBadge" device.connectionInfo}}\n</div>',
  }),
  File: (ctx) => file(ctx, 'fileId'),
  Flow: (ctx) => ({
    ...base(ctx, 'flowId'),
    description: '',
    enabled: ctx.prng.chance(0.9),
    flowClass: 'cloud',
    triggers: [
      {
        key: ctx.prng.hex(8),
        type: ctx.prng.pick(['deviceIdsTags', 'timer', 'webhook', 'endpoint']),
        config: { deviceTags: tags(ctx.prng).slice(0, 1) },
      },
    ],
    nodes: flowNodes(ctx.prng),
    globals: [],
  }),
  Integration: (ctx) => ({
    ...base(ctx, 'integrationId'),
    integrationType: 'mqtt',
    enabled: true,
    topics: [`${ctx.application?.slug ?? 'site'}/+/telemetry`, 'alerts/#'],
    mqttConfig: {
      clientId: `losant-${ctx.prng.hex(6)}`,
      hostname: 'broker.hivemq.example',
      port: 8883,
      protocol: 'mqtts',
      username: 'losant-bridge',
    },
  }),
  Notebook: (ctx) => ({
    ...base(ctx, 'notebookId'),
    description: '',
    jupyterFileName: `${ctx.target.name.toLowerCase().replace(/\W+/g, '-')}.ipynb`,
    inputs: [
      {
        inputType: 'deviceData',
        fileName: 'devices.csv',
        deviceTags: tags(ctx.prng).slice(0, 1),
        queryTimeRange: { start: -2_592_000_000, end: 0 },
      },
    ],
    outputs: [{ outputType: 'dataTable', fileName: 'results.csv', dataTableId: ctx.prng.objectId(ctx.dateMs) }],
  }),
  PrivateFile: (ctx) => file(ctx, 'privateFileId'),
  ResourceJob: (ctx) => ({
    ...base(ctx, 'resourceJobId'),
    description: '',
    resourceType: 'device',
    query: { $and: [{ tags: { key: 'firmware', value: ctx.prng.pick(FIRMWARE) } }] },
    executionKeepDuration: 604800,
    iterationDelay: 0,
    maxAttempts: 3,
  }),
  Webhook: (ctx) => ({
    ...base(ctx, 'webhookId'),
    responseCode: 200,
    verificationType: ctx.prng.pick(['none', 'none', 'twilio', 'particle']),
    waitForReply: ctx.prng.chance(0.2),
  }),
}

function file(ctx: BodyContext, idKey: string): JsonObject {
  const [directory = '', fileName = ctx.target.name] = ctx.target.name.split('/')
  return {
    ...base(ctx, idKey),
    name: fileName,
    parentDirectory: directory ? `/${directory}/` : '/',
    type: 'file',
    status: 'completed',
    fileSize: ctx.prng.int(2_000, 4_000_000),
    contentType: fileName.endsWith('.png')
      ? 'image/png'
      : fileName.endsWith('.pdf')
        ? 'application/pdf'
        : 'application/octet-stream',
  }
}

function describeApplication(ctx: BodyContext): JsonObject {
  const application = ctx.application
  return {
    id: ctx.target.id,
    applicationId: ctx.target.id,
    name: ctx.target.name,
    description: '',
    orgId: ctx.orgId,
    ownerType: 'organization',
    endpointSlug: application?.slug ?? ctx.target.name.toLowerCase().replace(/\W+/g, '-'),
    globals: [{ key: 'alertEmail', json: false, value: 'ops@acme-industrial.com' }],
    creationDate: creationOf(ctx.target.id),
    lastUpdated: iso(ctx.dateMs),
    summary: {
      deviceCount: application?.children.Device.length ?? 0,
      flowCount: application?.children.Flow.length ?? 0,
    },
  }
}

/** Org dashboards belong to the org, not to an application. */
function describeOrgDashboard(ctx: BodyContext): JsonObject {
  return { ...DESCRIBE.Dashboard({ ...ctx, application: undefined }), orgId: ctx.orgId }
}

function describeTarget(operation: ApiOperation, ctx: BodyContext): JsonObject {
  if (operation.secondaryType) return DESCRIBE[operation.secondaryType](ctx)
  if (operation.primaryType === 'Dashboard') return describeOrgDashboard(ctx)
  if (operation.primaryType === 'OrgInvite') {
    return { id: ctx.target.id, email: ctx.target.name, role: 'edit', inviteDate: iso(ctx.dateMs), ttl: 604_800_000 }
  }
  return describeApplication(ctx)
}

// Fields the server owns; a client never sends them.
const SERVER_KEYS = new Set([
  'id',
  'applicationId',
  'orgId',
  'creationDate',
  'lastUpdated',
  'connectionInfo',
  'summary',
  'status',
  'caInfo',
  'certificateInfo',
  'key',
  'sslStatus',
])

function editableFields(resource: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(resource).filter(([key]) => !SERVER_KEYS.has(key) && !key.endsWith('Id')))
}

function pickFields(prng: Prng, fields: JsonObject): JsonObject {
  const keys = Object.keys(fields)
  return Object.fromEntries(prng.sample(keys, prng.int(1, Math.min(3, keys.length))).map((key) => [key, fields[key]]))
}

type CommandBuilder = (ctx: BodyContext, resource: () => JsonObject) => Exchange

const ok = { success: true }

const COMMANDS: Record<string, CommandBuilder> = {
  'application.globals': (ctx, resource) => ({
    requestBody: {
      globals: [
        { key: 'alertEmail', json: false, value: 'ops@acme-industrial.com' },
        {
          key: 'thresholds',
          json: true,
          value: JSON.stringify({ high: ctx.prng.int(30, 45), low: ctx.prng.int(0, 8) }),
        },
      ],
    },
    responseBody: resource(),
  }),
  'application.readmePatch': (ctx) => {
    const readme = `# ${ctx.target.name}\n\nOwned by the platform team. See the runbook before changing workflows.\n`
    return { requestBody: { readme }, responseBody: { readme } }
  },
  'application.clone': (ctx) => ({
    requestBody: { name: `${ctx.target.name} (copy)`, includeDevices: false, includeDataTableRows: false },
    responseBody: { applicationId: ctx.prng.objectId(ctx.dateMs), name: `${ctx.target.name} (copy)` },
  }),
  'application.export': (ctx) => ({
    requestBody: {
      email: ctx.actor.email ?? 'ops@acme-industrial.com',
      includeDevices: true,
      includeDataTableRows: ctx.prng.chance(0.3),
      includeFiles: false,
    },
    responseBody: ok,
  }),
  'application.applyTemplate': (ctx) => ({
    requestBody: { templateId: ctx.prng.objectId(ctx.dateMs), replaceExisting: false },
    responseBody: ok,
  }),
  'devices.export': (ctx) => ({
    requestBody: {
      email: ctx.actor.email ?? 'ops@acme-industrial.com',
      query: { $and: [{ tags: { key: 'site', value: ctx.prng.pick(SITES) } }] },
      attributes: ['temperature', 'battery'],
    },
    responseBody: ok,
  }),
  'experience.bootstrap': (ctx) => ({
    requestBody: { template: 'standalone', replaceExisting: false },
    responseBody: {
      resourceSummary: {
        experienceEndpoints: ctx.prng.int(8, 14),
        experienceViews: ctx.prng.int(6, 12),
        experienceGroups: 2,
        experienceUsers: 1,
        flows: 3,
      },
    },
  }),
  'dataTable.addColumn': (_, resource) => ({
    requestBody: { name: 'assignee', dataType: 'string', constraint: 'optional' },
    responseBody: resource(),
  }),
  'dataTableRows.post': (ctx) => {
    const row = {
      siteId: `SITE-${ctx.prng.int(100, 999)}`,
      status: 'open',
      priority: ctx.prng.int(1, 4),
      summary: ctx.prng.pick(['Replace filter', 'Calibrate probe', 'Check door seal', 'Inspect pump']),
    }
    return {
      requestBody: row,
      responseBody: {
        id: ctx.prng.objectId(ctx.dateMs),
        createdAt: iso(ctx.dateMs),
        updatedAt: iso(ctx.dateMs),
        ...row,
      },
    }
  },
  'dataTableRow.patch': (ctx) => {
    const rowId = ctx.prng.objectId(ctx.dateMs - 86_400_000)
    return {
      pathParams: { rowId },
      requestBody: { status: 'closed', closedBy: ctx.actor.name },
      responseBody: { id: rowId, status: 'closed', closedBy: ctx.actor.name, updatedAt: iso(ctx.dateMs) },
    }
  },
  'dataTableRow.delete': (ctx) => ({
    pathParams: { rowId: ctx.prng.objectId(ctx.dateMs - 86_400_000) },
    responseBody: ok,
  }),
  'dataTableRows.truncate': (ctx) => ({ responseBody: { removed: ctx.prng.int(10, 25_000) } }),
  'device.removeData': (ctx) => ({
    requestQueryParams: { start: String(ctx.dateMs - 30 * 86_400_000), end: String(ctx.dateMs) },
    responseBody: ok,
  }),
  'deviceAttribute.patch': (ctx) => {
    const [name, dataType, unit] = ctx.prng.pick(ATTRIBUTES)
    return {
      pathParams: { name },
      requestBody: { description: `${name} reported every minute`, attributeTags: unit ? { unit } : {} },
      responseBody: {
        name,
        dataType,
        description: `${name} reported every minute`,
        attributeTags: unit ? { unit } : {},
      },
    }
  },
  'deviceAttributes.post': (ctx) => {
    const attribute = {
      name: ctx.prng.pick(['co2', 'vibration', 'current', 'setpoint']),
      dataType: 'number',
      description: '',
    }
    return { requestBody: attribute, responseBody: attribute }
  },
  'deviceRecipe.bulkCreate': (ctx) => {
    const count = ctx.prng.int(5, 25)
    return {
      requestBody: { count, nameTemplate: `${ctx.target.name} {{index}}`, makeUniqueKeySecret: false },
      responseBody: { deviceIds: Array.from({ length: count }, () => ctx.prng.objectId(ctx.dateMs)) },
    }
  },
  'file.move': (ctx, resource) => ({
    requestBody: { name: ctx.target.name.split('/').pop() ?? ctx.target.name, parentDirectory: '/archive/' },
    responseBody: resource(),
  }),
  'flow.setStorageEntry': (ctx) => ({
    requestBody: { key: ctx.prng.pick(['lastRun', 'counter', 'threshold']), value: ctx.prng.int(0, 500) },
    responseBody: ok,
  }),
  'flow.clearStorageEntries': () => ({ responseBody: ok }),
  'flowVersions.post': (ctx) => {
    const version = `v${ctx.prng.int(2, 40)}`
    return {
      requestBody: { version, notes: 'Tuned thresholds after pilot', flow: { nodes: flowNodes(ctx.prng) } },
      responseBody: {
        id: ctx.prng.objectId(ctx.dateMs),
        flowId: ctx.target.id,
        version,
        notes: 'Tuned thresholds after pilot',
        creationDate: iso(ctx.dateMs),
      },
    }
  },
  'flowVersion.delete': (ctx) => ({
    pathParams: { flowVersionId: ctx.prng.objectId(ctx.dateMs - 30 * 86_400_000) },
    responseBody: ok,
  }),
  'notebook.execute': (ctx) => ({
    requestBody: { executionRelativeTo: 'now', note: 'Monthly run' },
    responseBody: { success: true, notebookExecutionId: ctx.prng.objectId(ctx.dateMs) },
  }),
  'resourceJob.execute': (ctx) => ({
    requestQueryParams: { dryRun: 'false' },
    requestBody: {
      ctx: { firmwareVersion: ctx.prng.pick(FIRMWARE), batch: ctx.prng.int(1, 9) },
      maxExecutionsPerMinute: 60,
    },
    responseBody: { success: true, resourceJobExecutionId: ctx.prng.objectId(ctx.dateMs) },
  }),
  'org.revokeInvite': (ctx) => ({ requestQueryParams: { inviteId: ctx.target.id }, responseBody: ok }),
  'orgInvites.post': (ctx) => ({
    requestBody: { email: ctx.target.name, accept: true },
    responseBody: { accepted: true, orgId: ctx.orgId },
  }),
}

const GLOBAL_QUERY = { _actions: 'false', _links: 'true', _embedded: 'true' }

/** Bodies for a successful call; failures replace the response with an error body later. */
export function buildExchange(operation: ApiOperation, ctx: BodyContext): Exchange {
  const resource = () => describeTarget(operation, ctx)
  const command = COMMANDS[operationKey(operation)]
  let exchange: Exchange
  if (command) exchange = command(ctx, resource)
  else if (operation.kind === 'create') {
    const created = resource()
    exchange = { requestBody: editableFields(created), responseBody: created }
  } else if (operation.kind === 'update') {
    const updated = resource()
    exchange = { requestBody: pickFields(ctx.prng, editableFields(updated)), responseBody: updated }
  } else exchange = { responseBody: ok }
  // The official JS client sends these on every call; API tokens usually do not.
  if (ctx.actor.type === 'User' && ctx.prng.chance(0.35)) {
    exchange.requestQueryParams = { ...GLOBAL_QUERY, ...exchange.requestQueryParams }
  }
  return exchange
}
