// Who does what, and when: the habits that make the demo log look like a real org's.
import {
  type ApiOperation,
  APPLICATION_OPERATIONS,
  DASHBOARD_OPERATIONS,
  getOperation,
  operationKey,
  type OperationKind,
  ORG_INVITE_OPERATIONS,
  SECONDARY_OPERATIONS,
} from './api-operations'
import { type Prng, weightedTable } from './prng'
import type { ActorType, SecondaryTargetType } from './schema'
import { SECRET_BEARING_OPERATIONS } from './secrets'
import type { Actor, Application, NamedEntity, World } from './world'

const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000

export interface LogWindow {
  startMs: number
  nowMs: number
}

/** Thirteen calendar months back from `now`, the span the demo covers. */
export function logWindow(nowMs: number): LogWindow {
  const start = new Date(nowMs)
  start.setUTCMonth(start.getUTCMonth() - 13)
  return { startMs: start.getTime(), nowMs }
}

// Relative activity per UTC hour: quiet nights, a busy working day.
const HOUR_WEIGHTS = [
  0.2, 0.2, 0.2, 0.2, 0.2, 0.3, 0.6, 1.2, 3, 3.5, 3.5, 3.2, 2.6, 3.2, 3.5, 3.3, 2.8, 2, 1.2, 0.8, 0.6, 0.4, 0.3, 0.2,
]
const pickHour = weightedTable(HOUR_WEIGHTS.map((weight, hour) => [hour, weight] as const))

/** A moment in the window: recent days are denser, weekdays and office hours heavier. */
export function randomMoment(prng: Prng, window: LogWindow): number {
  const spanDays = (window.nowMs - window.startMs) / DAY_MS
  const todayStart = Math.floor(window.nowMs / DAY_MS) * DAY_MS
  for (;;) {
    const ageDays = Math.floor(spanDays * Math.pow(prng.next(), 1.8))
    const dayStart = todayStart - ageDays * DAY_MS
    const weekday = (Math.floor(dayStart / DAY_MS) + 4) % 7 // 1970-01-01 was a Thursday
    if ((weekday === 0 || weekday === 6) && prng.chance(0.7)) continue
    const moment = dayStart + pickHour(prng) * HOUR_MS + Math.floor(prng.next() * HOUR_MS)
    if (moment <= window.nowMs && moment > window.startMs) return moment
  }
}

const KIND_WEIGHTS: Record<OperationKind, number> = { update: 5, create: 2.5, delete: 1.2, command: 1.2 }

function weighByKind(operations: ApiOperation[]): (prng: Prng) => ApiOperation {
  return weightedTable(
    operations
      .filter((operation) => !SECRET_BEARING_OPERATIONS.has(operationKey(operation)))
      .map((operation) => [operation, KIND_WEIGHTS[operation.kind]] as const),
  )
}

// How often people touch each kind of resource: devices and workflows dominate.
const SECONDARY_WEIGHTS: Record<SecondaryTargetType, number> = {
  Device: 22,
  Flow: 16,
  DataTable: 7,
  Dashboard: 5,
  Event: 5,
  ExperienceView: 4,
  ExperienceEndpoint: 4,
  ExperienceUser: 4,
  Webhook: 3,
  File: 3,
  ExperienceGroup: 2,
  ExperienceVersion: 2,
  ExperienceSlug: 1.5,
  Integration: 2,
  Notebook: 1.5,
  ResourceJob: 1.5,
  DeviceRecipe: 1.5,
  ApplicationKey: 2,
  ApiToken: 1,
  ApplicationCertificate: 1,
  ApplicationCertificateAuthority: 0.5,
  Credential: 1,
  ExperienceDomain: 0.5,
  PrivateFile: 1,
}

const pickTargetGroup = weightedTable([
  [weighByKind(APPLICATION_OPERATIONS), 6],
  [weighByKind(DASHBOARD_OPERATIONS), 7],
  [weighByKind(ORG_INVITE_OPERATIONS), 1],
  ...Object.entries(SECONDARY_WEIGHTS).map(
    ([type, weight]) => [weighByKind(SECONDARY_OPERATIONS[type as SecondaryTargetType]), weight] as const,
  ),
])

/** What workflows, gateways and applications call on their own, with relative frequency. */
type Automated = 'Flow' | 'Device' | 'Application'

function callTable(calls: (readonly [string, number])[]): (prng: Prng) => ApiOperation {
  return weightedTable(calls.map(([key, weight]) => [getOperation(key), weight] as const))
}

const AUTOMATED_CALLS: Record<Automated, (prng: Prng) => ApiOperation> = {
  Flow: callTable([
    ['device.patch', 5],
    ['devices.post', 1],
    ['events.post', 4],
    ['event.patch', 2],
    ['dataTableRows.post', 4],
    ['dataTableRow.patch', 2],
    ['flow.setStorageEntry', 2],
    ['experienceUsers.post', 1],
    ['experienceUser.patch', 1],
    ['device.removeData', 0.5],
    ['notebook.execute', 0.5],
    ['resourceJob.execute', 0.5],
    ['deviceAttribute.patch', 1],
  ]),
  Device: callTable([
    ['device.patch', 4],
    ['devices.post', 2],
    ['events.post', 2],
    ['deviceAttribute.patch', 1],
    ['dataTableRows.post', 1],
  ]),
  Application: callTable([
    ['events.post', 3],
    ['event.patch', 2],
    ['dataTableRows.post', 3],
    ['experienceUsers.post', 2],
    ['device.patch', 2],
  ]),
}

const pickActorType = weightedTable<ActorType>([
  ['User', 72],
  ['ApiToken', 14],
  ['Flow', 8],
  ['Device', 3],
  ['Application', 3],
])

export interface Call {
  actor: Actor
  operation: ApiOperation
}

/** The weighted choices that depend on the world, tabulated once per dataset. */
export interface Activity {
  world: World
  pickActor(prng: Prng, type: ActorType): Actor
  /** A person or token; secrets and bulk changes come from these. */
  pickHumanish(prng: Prng): Actor
  pickCall(prng: Prng): Call
  pickApplication(prng: Prng): Application
}

export function createActivity(world: World): Activity {
  const actorTables = Object.fromEntries(
    Object.entries(world.actors).map(([type, actors]) => [
      type,
      weightedTable(actors.map((actor) => [actor, actor.weight] as const)),
    ]),
  ) as Record<ActorType, (prng: Prng) => Actor>
  const pickActor = (prng: Prng, type: ActorType) => actorTables[type](prng)
  return {
    world,
    pickActor,
    pickHumanish: (prng) => pickActor(prng, prng.chance(0.8) ? 'User' : 'ApiToken'),
    pickCall(prng) {
      const actor = pickActor(prng, pickActorType(prng))
      const automated = actor.type === 'Flow' || actor.type === 'Device' || actor.type === 'Application'
      return {
        actor,
        operation: automated ? AUTOMATED_CALLS[actor.type as Automated](prng) : pickTargetGroup(prng)(prng),
      }
    },
    // The first applications in the list are the busy ones.
    pickApplication: weightedTable(
      world.applications.map((application, index) => [application, 1 / (index + 2)] as const),
    ),
  }
}

export interface Placement {
  application?: Application
  target: NamedEntity
}

/** Chooses the resource a call acts on; creates get a fresh id born at the call's time. */
export function placeCall(prng: Prng, activity: Activity, call: Call, dateMs: number, home?: Application): Placement {
  const { world } = activity
  const { operation } = call
  const fresh = (entity: NamedEntity): NamedEntity =>
    operation.kind === 'create' ? { id: prng.objectId(dateMs), name: entity.name } : entity
  if (operation.primaryType === 'Dashboard') return { target: fresh(prng.pick(world.dashboards)) }
  if (operation.primaryType === 'OrgInvite') return { target: fresh(prng.pick(world.invites)) }
  const inside = home ?? call.actor.application ?? activity.pickApplication(prng)
  if (operation.secondaryType) {
    return { application: inside, target: fresh(prng.pick(inside.children[operation.secondaryType])) }
  }
  const application = operation.kind === 'create' ? { ...inside, ...fresh(inside) } : inside
  return { application, target: application }
}
