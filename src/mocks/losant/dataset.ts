// The demo org's audit log: ~13 months of seeded, deterministic entries plus a few planted
// ones (secrets, hostile content, huge bodies) that the UI must handle.
import { demoAnchor } from '../demo-clock'
import { createActivity, type LogWindow, logWindow, placeCall, randomMoment } from './activity'
import { type ApiOperation, getOperation } from './api-operations'
import { LOSANT_DEMO_ORG_ID } from './demo-constants'
import { buildEntry } from './entry-factory'
import { createHostileEntries } from './hostile-entries'
import { createLargeBodyEntries, LARGE_BODY_IDS } from './large-bodies'
import { createLargeDiffEntries, LARGE_DIFF_ENTRY_COUNT } from './large-diff'
import { createPrng, deriveSeed, type Prng } from './prng'
import type { LosantAuditLog } from './schema'
import { CARD_IN_NOTE, LEAKED_RECIPES, REDACTED_RECIPES } from './secrets'
import { type Actor, type Application, createWorld, type World } from './world'

export { LOSANT_HOSTILE_IDS } from './hostile-entries'
export type { LosantAuditLog } from './schema'
export { LOSANT_DEMO_SECRETS } from './secrets'

export interface LosantDataset {
  orgId: string
  /** Newest first (creationDate desc, then id asc). */
  entries: LosantAuditLog[]
  byId: Map<string, LosantAuditLog>
  /** Entries whose responseBody is built lazily on first read (~100 KB, ~1 MB, ~5 MB of JSON). */
  largeBodyIds: { '100kb': string; '1mb': string; '5mb': string }
}

export interface CreateLosantDatasetOptions {
  seed?: number
  /** Total entries, planted ones included. */
  count?: number
  now?: Date
  /** The two ~1 MB workflow edits (large-diff.ts); on unless turned off. Without them, every other entry is the same. */
  workflowEdits?: boolean
}

export const DEFAULT_ENTRY_COUNT = 5_400
const HOUR_MS = 3_600_000
const DAY_MS = 86_400_000
const LEAK_SHARE = 0.052
const REDACTED_SHARE = 0.085
const BURST_SHARE = 0.06

interface Burst {
  actor: Actor
  application: Application
  operations: ApiOperation[]
  startMs: number
  size: number
  /** A deploy script that hammers the API gets rate-limited at the end. */
  rateLimitedTail: boolean
}

// A handful of bulk changes: deploy scripts, a cleanup workflow, someone pruning devices.
function planBursts(prng: Prng, world: World, window: LogWindow, total: number): Burst[] {
  const { User, ApiToken, Flow, Device } = world.actors
  const apps = world.applications
  const shapes: { actor?: Actor; application?: Application; operations: string[]; rateLimitedTail?: boolean }[] = [
    { actor: ApiToken[0], application: apps[1], operations: ['devices.post'], rateLimitedTail: true },
    { actor: Flow[2], operations: ['device.patch'] },
    { actor: User[0], application: apps[2], operations: ['device.delete'] },
    {
      actor: ApiToken[2],
      application: apps[5],
      operations: [
        'flow.patch',
        'webhook.patch',
        'applicationDashboard.patch',
        'dataTable.patch',
        'experienceEndpoint.patch',
      ],
    },
    { actor: Device[0], operations: ['devices.post', 'deviceAttribute.patch'] },
  ]
  const bursts: Burst[] = []
  let remaining = total
  shapes.forEach((shape, index) => {
    const application = shape.actor?.application ?? shape.application
    if (!shape.actor || !application || remaining <= 0) return
    const size =
      index === shapes.length - 1
        ? remaining
        : Math.min(remaining, Math.round((total / shapes.length) * (0.6 + prng.next() * 0.8)))
    remaining -= size
    const day = Math.floor(window.nowMs / DAY_MS) - prng.int(3, 300)
    bursts.push({
      actor: shape.actor,
      application,
      operations: shape.operations.map(getOperation),
      startMs: Math.max(window.startMs + DAY_MS, day * DAY_MS + prng.int(9, 15) * HOUR_MS + prng.int(0, 3_599_999)),
      size,
      rateLimitedTail: shape.rateLimitedTail ?? false,
    })
  })
  return bursts
}

export function createLosantDataset(options: CreateLosantDatasetOptions = {}): LosantDataset {
  const seed = options.seed ?? 1
  const count = Math.max(0, Math.floor(options.count ?? DEFAULT_ENTRY_COUNT))
  const nowMs = (options.now ?? demoAnchor()).getTime()
  const orgId = LOSANT_DEMO_ORG_ID
  const world = createWorld(seed)
  const window = logWindow(nowMs)
  const prng = createPrng(deriveSeed(seed, 'entries'))
  const activity = createActivity(world)

  const planted = [...createHostileEntries(world, orgId, nowMs), ...createLargeBodyEntries(world, orgId, nowMs)].slice(
    0,
    count,
  )
  const entries: LosantAuditLog[] = [...planted]
  const usedIds = new Set(entries.map((entry) => entry.id))
  const newId = (dateMs: number) => {
    let id = prng.objectId(dateMs)
    while (usedIds.has(id)) id = prng.objectId(dateMs)
    usedIds.add(id)
    return id
  }

  const regularCount = count - planted.length
  for (const burst of planBursts(prng, world, window, Math.round(regularCount * BURST_SHARE))) {
    let dateMs = burst.startMs
    for (let index = 0; index < burst.size && dateMs <= nowMs; index++) {
      const call = { actor: burst.actor, operation: prng.pick(burst.operations) }
      const { application, target } = placeCall(prng, activity, call, dateMs, burst.application)
      const limited = burst.rateLimitedTail && index > burst.size * 0.9
      entries.push(
        buildEntry({
          id: newId(dateMs),
          dateMs,
          orgId,
          prng,
          ...call,
          application,
          target,
          status: limited ? 429 : undefined,
        }),
      )
      dateMs += prng.int(2_000, 20_000)
    }
  }

  // The one free-text card number goes on an ordinary-looking entry about a month back.
  if (entries.length < count) {
    const dateMs = nowMs - 33.4 * DAY_MS
    const call = { actor: activity.pickHumanish(prng), operation: getOperation(CARD_IN_NOTE.operation) }
    entries.push(
      buildEntry({
        id: newId(dateMs),
        dateMs,
        orgId,
        prng,
        ...call,
        ...placeCall(prng, activity, call, dateMs),
        tweak: CARD_IN_NOTE.apply,
      }),
    )
  }

  while (entries.length < count) {
    const dateMs = randomMoment(prng, window)
    const roll = prng.next()
    const recipe =
      roll < LEAK_SHARE
        ? prng.pick(LEAKED_RECIPES)
        : roll < LEAK_SHARE + REDACTED_SHARE
          ? prng.pick(REDACTED_RECIPES)
          : undefined
    const { actor, operation } = recipe
      ? {
          actor: recipe.actorType ? activity.pickActor(prng, recipe.actorType) : activity.pickHumanish(prng),
          operation: getOperation(recipe.operation),
        }
      : activity.pickCall(prng)
    const { application, target } = placeCall(prng, activity, { actor, operation }, dateMs)
    entries.push(
      buildEntry({
        id: newId(dateMs),
        dateMs,
        orgId,
        prng,
        actor,
        operation,
        application,
        target,
        tweak: recipe?.apply,
      }),
    )
  }

  // The big workflow edits are added last, so the seeded stream above does not see them, and
  // take the places of the oldest regular entries: every page newer than them stays as it was.
  const edits =
    options.workflowEdits !== false && regularCount > LARGE_DIFF_ENTRY_COUNT
      ? createLargeDiffEntries(world, orgId, nowMs)
      : []
  entries.push(...edits)
  entries.sort((a, b) =>
    a.creationDate === b.creationDate ? (a.id < b.id ? -1 : 1) : a.creationDate < b.creationDate ? 1 : -1,
  )
  dropOldestRegular(entries, edits.length, new Set([...planted, ...edits].map((entry) => entry.id)))
  return {
    orgId,
    entries,
    byId: new Map(entries.map((entry) => [entry.id, entry])),
    largeBodyIds: { ...LARGE_BODY_IDS },
  }
}

/** Removes the `count` oldest entries that are not `planted`, from a list sorted newest first. */
function dropOldestRegular(entries: LosantAuditLog[], count: number, planted: ReadonlySet<string>): void {
  for (let index = entries.length - 1, left = count; index >= 0 && left > 0; index--) {
    if (planted.has(entries[index]!.id)) continue
    entries.splice(index, 1)
    left--
  }
}

let defaultDataset: LosantDataset | undefined

/** One dataset per process/page, built on first use. */
export function getDefaultLosantDataset(): LosantDataset {
  defaultDataset ??= createLosantDataset()
  return defaultDataset
}
