// The demo tenant's audit log: ~1,500 seeded, deterministic entries over 90 days, in UiPath's
// shape, plus planted ones the UI must cope with (secrets in details, details that are not JSON).
import { demoAnchor } from '../demo-clock'
import { createPrng, deriveSeed, type Prng, weightedTable } from '../losant/prng'
import { type Action, ACTIONS, messages, PEOPLE, type Person } from './catalog'
import type { MessageLanguage, UiPathAuditLogEntry } from './schema'

export interface UiPathDemoEntry {
  /** The entry as UiPath returns it, `message` in English. */
  entry: UiPathAuditLogEntry
  /** `message` per demo language. */
  messages: Record<MessageLanguage, string>
}

export interface UiPathDataset {
  /** Newest first. `createdOn` strings share one format and offset, so they sort as text. */
  entries: UiPathDemoEntry[]
}

export interface CreateUiPathDatasetOptions {
  seed?: number
  count?: number
  now?: Date
}

export const DEFAULT_UIPATH_ENTRY_COUNT = 1_500
export const UIPATH_WINDOW_DAYS = 90
const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000
/** Of the entries whose action can carry a secret, how many do. */
const SECRET_SHARE = 0.25

/**
 * Two entries whose `auditLogDetails` is not JSON: one cut short (with a password in it, so a
 * client that shows the raw text must still redact it), one plain text.
 */
export const UIPATH_INVALID_DETAILS = [
  '{"AssetName":"SAP_Credentials","ValueType":"Credential","CredentialPassword":"Hunter2-Sap!","FolderName":"Fin',
  'Robot settings changed (details unavailable)',
] as const

/** Values planted in details that a client must never show. */
export const UIPATH_PLANTED_SECRET = 'Hunter2-Sap!'

const pickAction = weightedTable(ACTIONS.map((action) => [action, action.weight] as const))
// Logins cluster in office hours (UTC); the small weights keep nights from being empty.
const HOUR_WEIGHTS = [
  0.2, 0.2, 0.2, 0.2, 0.3, 0.5, 1, 2, 3.5, 3.5, 3.2, 3, 2.5, 3, 3.3, 3, 2.5, 1.8, 1, 0.7, 0.5, 0.4, 0.3, 0.2,
]
const pickHour = weightedTable(HOUR_WEIGHTS.map((weight, hour) => [hour, weight] as const))

/** UiPath's timestamp: seven fraction digits (.NET ticks) and an explicit offset. */
export function formatCreatedOn(ms: number, subMillisecondTicks: number): string {
  const iso = new Date(ms).toISOString() // 2021-10-14T13:10:15.196Z
  return `${iso.slice(0, 23)}${String(subMillisecondTicks).padStart(4, '0')}+00:00`
}

function moment(prng: Prng, nowMs: number): number {
  for (;;) {
    const dayStart = Math.floor(nowMs / DAY_MS) * DAY_MS - prng.int(0, UIPATH_WINDOW_DAYS - 1) * DAY_MS
    const ms = dayStart + pickHour(prng) * HOUR_MS + prng.int(0, HOUR_MS - 1)
    if (ms <= nowMs && ms > nowMs - UIPATH_WINDOW_DAYS * DAY_MS) return ms
  }
}

function build(
  prng: Prng,
  ms: number,
  action: Action,
  person: Person,
  target: string,
  details: string,
): UiPathDemoEntry {
  const text = messages(action, target, person)
  return {
    entry: {
      createdOn: formatCreatedOn(ms, prng.int(0, 9999)),
      category: action.category,
      action: action.action,
      auditLogDetails: details,
      userName: person.userName,
      email: person.email,
      message: text.en,
      detailsVersion: '1.0',
      source: action.source,
    },
    messages: text,
  }
}

export function createUiPathDataset(options: CreateUiPathDatasetOptions = {}): UiPathDataset {
  const seed = options.seed ?? 1
  const count = Math.max(0, Math.floor(options.count ?? DEFAULT_UIPATH_ENTRY_COUNT))
  const nowMs = (options.now ?? demoAnchor()).getTime()
  const prng = createPrng(deriveSeed(seed, 'uipath'))
  const humans = PEOPLE.filter((person) => person.email !== null)
  const entries: UiPathDemoEntry[] = []

  // The invalid-details entries sit a few days back, off the first page but easy to reach.
  UIPATH_INVALID_DETAILS.slice(0, count).forEach((details, index) => {
    const action = ACTIONS.find(
      (candidate) => candidate.category === (index === 0 ? 'Asset' : 'Robot') && candidate.action === 'Update',
    )!
    const target = action.target(prng)
    entries.push(
      build(prng, nowMs - (3 + index) * DAY_MS - prng.int(0, HOUR_MS), action, prng.pick(humans), target, details),
    )
  })

  while (entries.length < count) {
    const action = pickAction(prng)
    const person =
      action.source === 'Orchestrator' && prng.chance(0.15) ? PEOPLE[PEOPLE.length - 1]! : prng.pick(humans)
    const ms = moment(prng, nowMs)
    const target = action.target(prng)
    const withSecret = action.secret && prng.chance(SECRET_SHARE) ? action.secret(prng, target) : undefined
    const details = JSON.stringify(withSecret ?? action.details(prng, target, person))
    entries.push(build(prng, ms, action, person, target, details))
  }

  entries.sort((a, b) => (a.entry.createdOn < b.entry.createdOn ? 1 : a.entry.createdOn > b.entry.createdOn ? -1 : 0))
  return { entries }
}

let defaultDataset: UiPathDataset | undefined

/** One dataset per process/page, built on first use. */
export function getDefaultUiPathDataset(): UiPathDataset {
  defaultDataset ??= createUiPathDataset()
  return defaultDataset
}
