// The stable cast of the demo org: applications and what lives in them, dashboards, invites,
// and the people, tokens, workflows and devices that act on them. It depends only on the seed,
// so the same actor keeps the same id across reloads and across different `now`s.
import { createPrng, deriveSeed, type Prng } from './prng'
import { type ActorType, SECONDARY_TARGET_TYPES, type SecondaryTargetType } from './schema'

export interface NamedEntity {
  id: string
  name: string
}

export interface Application extends NamedEntity {
  slug: string
  children: Record<SecondaryTargetType, NamedEntity[]>
  /** Devices that can act on their own (gateways, edge compute). */
  gateways: NamedEntity[]
}

export interface Actor extends NamedEntity {
  type: ActorType
  /** Workflows, devices and applications only act inside their own application. */
  application?: Application
  /** Relative share of the entries this actor made. */
  weight: number
  email?: string
}

export interface World {
  applications: Application[]
  dashboards: NamedEntity[]
  invites: NamedEntity[]
  actors: Record<ActorType, Actor[]>
}

// Ids of things created before the log window: ObjectIds carry their creation second.
const WORLD_EPOCH_MS = Date.UTC(2021, 0, 1)
const WORLD_SPAN_MS = 3 * 365 * 86_400_000

const APPLICATION_THEMES: readonly { name: string; devices: readonly string[]; gateways: readonly string[] }[] = [
  {
    name: 'Smart Greenhouse Monitoring',
    devices: ['Soil Probe', 'CO2 Sensor', 'Irrigation Valve'],
    gateways: ['Greenhouse Hub North', 'Greenhouse Hub South'],
  },
  {
    name: 'Cold Chain Logistics',
    devices: ['Freezer', 'Reefer Unit', 'Cold Room Sensor'],
    gateways: ['Gateway GW-0142 (Dock 3)'],
  },
  {
    name: 'Fleet Telematics',
    devices: ['Truck', 'Trailer Tracker', 'Fuel Sensor'],
    gateways: ['Cellular Gateway CG-88'],
  },
  {
    name: 'Water Treatment SCADA',
    devices: ['Chlorine Analyzer', 'Flow Meter', 'Tank Level'],
    gateways: ['Pump Station 12 Controller'],
  },
  {
    name: 'Building Energy Management',
    devices: ['Thermostat', 'Occupancy Sensor', 'Sub-meter'],
    gateways: ['BACnet Gateway – HQ'],
  },
  {
    name: 'Predictive Maintenance – Line 4',
    devices: ['Vibration Sensor', 'Spindle Motor', 'Press'],
    gateways: ['Edge Gateway – Line 4'],
  },
  { name: 'Retail Foot Traffic', devices: ['Door Counter', 'Shelf Camera'], gateways: ['Raspberry Pi Kiosk 07'] },
  {
    name: 'Oil Well Remote Monitoring',
    devices: ['Wellhead RTU', 'Tank Gauge', 'Pressure Transmitter'],
    gateways: ['Satellite Modem SM-3'],
  },
  { name: 'Smart Parking Pilot', devices: ['Bay Sensor', 'Barrier Arm'], gateways: ['LoRa Gateway Lot B'] },
  {
    name: 'HVAC Fleet Analytics',
    devices: ['Rooftop Unit', 'Chiller', 'Air Handler'],
    gateways: ['Edge Gateway – Plant 2'],
  },
  {
    name: 'Vineyard Soil Sensors',
    devices: ['Soil Probe', 'Weather Station', 'Leaf Wetness Sensor'],
    gateways: ['Vineyard Hub'],
  },
  {
    name: 'Warehouse Asset Tracking',
    devices: ['Asset Tag', 'Forklift', 'Dock Door'],
    gateways: ['BLE Gateway Aisle 9'],
  },
]

const CHILD_NAMES: Record<Exclude<SecondaryTargetType, 'Device'>, readonly string[]> = {
  ApiToken: [
    'Experience backend token',
    'Data export job',
    'Integration test token',
    'Mobile app token',
    'Partner read-only token',
  ],
  ApplicationCertificateAuthority: ['Acme Root CA', 'Factory Intermediate CA', 'Field Devices CA 2024'],
  ApplicationCertificate: [
    'Device cert – Batch 2024-03',
    'Gateway fleet cert',
    'Pilot devices cert',
    'Line 4 sensors cert',
  ],
  ApplicationKey: [
    'Gateway provisioning key',
    'Factory line devices',
    'Default device key',
    'Field install team',
    'Bench testing key',
  ],
  Credential: ['AWS Production', 'Azure IoT Hub', 'GCP Pub/Sub', 'SendGrid', 'Twilio', 'Snowflake Loader'],
  Dashboard: ['Device Overview', 'Site Detail', 'Alarm Console', 'Maintenance Planner', 'Customer Portal Preview'],
  DataTable: ['Work Orders', 'Shift Log', 'Customer Sites', 'Calibration Records', 'Alarm History', 'Inventory'],
  DeviceRecipe: ['Standard Temperature Sensor', 'Cellular Gateway', 'Soil Probe v2', 'Door Sensor'],
  Event: [
    'Temperature excursion',
    'Device offline > 15 min',
    'Low battery',
    'Door open too long',
    'Pressure out of range',
  ],
  ExperienceDomain: ['portal.acme-iot.com', 'app.coldchain.io', 'dashboard.greenfield-ag.com'],
  ExperienceEndpoint: [
    'GET /api/devices',
    'POST /auth',
    'GET /devices/{deviceId}',
    'PATCH /api/me',
    'GET /',
    'POST /api/alerts/ack',
  ],
  ExperienceGroup: ['Administrators', 'Site Managers', 'Technicians', 'Customers – West Region', 'Read Only'],
  ExperienceSlug: ['production', 'staging', 'develop'],
  ExperienceUser: [
    'tech.ops@customer.example',
    'maria.site@northfarm.example',
    'j.schmidt@plant2.example',
    'support@fleetco.example',
    'lisa.m@retailer.example',
  ],
  ExperienceVersion: ['v1.4.0', 'v1.5.0', 'v2.0.0-beta', '2024-09-hotfix'],
  ExperienceView: ['Page: Device Detail', 'Layout: Main', 'Component: Status Badge', 'Page: Login', 'Page: Site Map'],
  File: ['images/logo.png', 'firmware/gw-3.2.1.bin', 'docs/install-guide.pdf', 'css/theme.css'],
  Flow: [
    'Alert on High Temperature',
    'Store Readings',
    'Daily Report Email',
    'Device Connect/Disconnect',
    'Geofence Check',
    'Compute OEE',
    'Reset Counters',
    'Webhook: Twilio Inbound',
  ],
  Integration: ['MQTT Broker – HiveMQ', 'Azure Event Hub', 'AWS IoT Core', 'Google Pub/Sub', 'Twilio SMS'],
  Notebook: ['Monthly Energy Report', 'Anomaly Detection', 'Fleet Utilization', 'Weekly KPI Export'],
  PrivateFile: ['exports/devices-2024-06.csv', 'reports/q3-summary.pdf', 'backups/flows.json'],
  ResourceJob: ['Reboot all gateways', 'Rotate device keys', 'Firmware rollout 3.2.1', 'Tag legacy devices'],
  Webhook: ['Twilio Inbound SMS', 'Particle Cloud', 'Sigfox Callback', 'The Things Network Uplink', 'Zapier Hook'],
}

const ORG_DASHBOARD_NAMES = [
  'Executive Overview',
  'Plant Floor – Shift View',
  'Cold Chain Exceptions',
  'Energy Usage by Site',
  'Device Health Summary',
  'Fleet Map',
  'Customer Demo (Do Not Edit)',
  'Water Quality Weekly Report',
]

const INVITEE_EMAILS = [
  'jordan.lee@acme-industrial.com',
  'contractor.bob@integrator.example',
  'k.nakamura@acme-industrial.com',
  'ops-oncall@acme-industrial.com',
  'p.silva@partner.example',
  'amelia.ward@acme-industrial.com',
  'intern2024@acme-industrial.com',
  'r.haddad@acme-industrial.com',
  'audit@external-auditor.example',
  'lena.vogel@acme-industrial.com',
]

// A few people do most of the work, as in any real org: weights fall off like 1/rank.
const USER_NAMES = [
  'Maria Gonzalez',
  'James Whitaker',
  'Priya Raman',
  'Chen Wei',
  'Olivia Novak',
  'Daniel Okafor',
  'Sophie Laurent',
  'Mateus Oliveira',
  'Aisha Bello',
  "Liam O'Connor",
  'Hannah Schmidt',
  'Kenji Watanabe',
  'Fatima Zahra El Idrissi',
  'Noah Fischer',
  'Emma Johansson',
  'Rafael Duarte',
  'Grace Kim',
  'Tomasz Kowalski',
  'Inès Moreau',
  'Samuel Adeyemi',
  'Zoë van den Berg',
  'Arjun Mehta',
  'Lucía Fernández',
  'ana de la Cruz',
  'Ethan Brooks',
]

const API_TOKEN_NAMES: readonly (readonly [string, number])[] = [
  ['Production deploy token', 5],
  ['CI pipeline (GitHub Actions)', 4],
  ['Terraform provider', 2],
  ['Staging deploy token', 2],
  ['Nightly backup exporter', 1],
  ['Grafana integration', 1],
]

function emailOf(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
  return `${ascii
    .replace(/[^a-z ]/g, '')
    .trim()
    .replace(/\s+/g, '.')}@acme-industrial.com`
}

function entity(prng: Prng, name: string): NamedEntity {
  return { id: prng.objectId(WORLD_EPOCH_MS + prng.next() * WORLD_SPAN_MS), name }
}

function deviceNames(prng: Prng, prefixes: readonly string[], count: number): string[] {
  const names = new Set<string>()
  while (names.size < count) {
    const prefix = prng.pick(prefixes)
    const code = prng.chance(0.5)
      ? `${String.fromCharCode(65 + prng.int(0, 5))}${prng.int(1, 9)}`
      : String(prng.int(1, 240)).padStart(3, '0')
    names.add(`${prefix} ${code}`)
  }
  return [...names]
}

function createApplication(prng: Prng, theme: (typeof APPLICATION_THEMES)[number]): Application {
  const app = entity(prng, theme.name)
  const gateways = theme.gateways.map((name) => entity(prng, name))
  const children = {} as Record<SecondaryTargetType, NamedEntity[]>
  for (const type of SECONDARY_TARGET_TYPES) {
    if (type === 'Device') {
      children.Device = [
        ...gateways,
        ...deviceNames(prng, theme.devices, prng.int(8, 14)).map((name) => entity(prng, name)),
      ]
    } else {
      const pool = CHILD_NAMES[type]
      children[type] = prng
        .sample(pool, prng.int(Math.min(2, pool.length), pool.length))
        .map((name) => entity(prng, name))
    }
  }
  const slug = theme.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return { ...app, slug, children, gateways }
}

export function createWorld(seed: number): World {
  const prng = createPrng(deriveSeed(seed, 'world'))
  const applications = APPLICATION_THEMES.map((theme) => createApplication(prng, theme))
  const users: Actor[] = USER_NAMES.map((name, rank) => ({
    ...entity(prng, name),
    type: 'User',
    weight: 1 / (rank + 1),
    email: emailOf(name),
  }))
  const tokens: Actor[] = API_TOKEN_NAMES.map(([name, weight]) => ({ ...entity(prng, name), type: 'ApiToken', weight }))
  // Workflows and gateways that act are real children of their application, so the same id
  // shows up both as an actor and as a target.
  const flows: Actor[] = applications.slice(0, 8).map((application) => {
    const flow = prng.pick(application.children.Flow)
    return { ...flow, type: 'Flow', application, weight: 1 }
  })
  const devices: Actor[] = applications
    .filter((_, index) => index % 2 === 0)
    .map((application) => ({ ...prng.pick(application.gateways), type: 'Device', application, weight: 1 }))
  const appActors: Actor[] = [0, 1, 4, 9].map((index) => {
    const application = applications[index] as Application
    return { id: application.id, name: application.name, type: 'Application', application, weight: 1 }
  })
  return {
    applications,
    dashboards: ORG_DASHBOARD_NAMES.map((name) => entity(prng, name)),
    invites: INVITEE_EMAILS.map((email) => entity(prng, email)),
    actors: { User: users, ApiToken: tokens, Flow: flows, Device: devices, Application: appActors },
  }
}
