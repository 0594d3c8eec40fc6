// The demo BloodHound server's audit log: ~2,000 seeded, deterministic entries over 120 days.
// Changes are written as an `intent` followed by `success` or `failure` with the same
// commit_id; ~3% of intents never get an outcome; logins are a lone outcome. Some `fields`
// carry secrets, some addresses carry an X-Forwarded-For prefix, and one bulk delete writes
// several rows in the same microsecond (one transaction), as Postgres' now() does.
import { demoAnchor } from '../demo-clock'
import { createPrng, deriveSeed, type Prng, weightedTable } from '../losant/prng'
import type { AuditLogStatus, BloodHoundAuditLog } from './schema'

export interface BloodHoundDataset {
  /** Newest first (created_at desc, then id asc: the order Postgres happens to return ties in). */
  logs: BloodHoundAuditLog[]
  /** created_at in microseconds since the epoch, by id. */
  micros: Map<number, number>
  /** Ids of the planted same-microsecond rows. */
  sameInstantIds: number[]
}

export interface CreateBloodHoundDatasetOptions {
  seed?: number
  count?: number
  now?: Date
}

export const DEFAULT_BLOODHOUND_LOG_COUNT = 2_000
export const BLOODHOUND_WINDOW_DAYS = 120
const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000
const LOGIN_SHARE = 0.22
const DANGLING_SHARE = 0.03
const FAILURE_SHARE = 0.1
const FORWARDED_SHARE = 0.15

/** Secret values planted in `fields`; a client must never show them. */
export const BLOODHOUND_DEMO_SECRETS = {
  tokenPrefix: 'bhe_tok_',
  userSecret: 'Spring2026!Welcome',
  clientSecret: 'oidc-cs-7Gx2pQ9vLm4Rt8Wz',
} as const

interface Actor {
  id: string
  name: string
  email: string
}

function uuid(prng: Prng): string {
  const hex = prng.hex(32)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${prng.pick(['8', '9', 'a', 'b'])}${hex.slice(17, 20)}-${hex.slice(20)}`
}

function createActors(prng: Prng): Actor[] {
  return [
    ['Alice Admin', 'alice@specter.example'],
    ['Bob Blue', 'bob.blue@specter.example'],
    ['Carol Castle', 'carol@specter.example'],
    ['Dmitri Domain', 'dmitri@specter.example'],
    ['Erin Enum', 'erin.enum@specter.example'],
    ['Farah Forest', 'farah@specter.example'],
    ['automation-svc', 'automation@specter.example'],
  ].map(([name, email]) => ({ id: uuid(prng), name: name!, email: email! }))
}

interface ChangeKind {
  action: string
  weight: number
  fields: (prng: Prng, actors: Actor[]) => Record<string, unknown>
  failures: readonly string[]
}

const PARAMETERS = [
  { key: 'auth.password_expiration_window', value: { duration: 'P90D' } },
  { key: 'neo4j.configs', value: { batch_write_size: 20000, write_flush_size: 100000 } },
  { key: 'analysis.citrix_rdp_support', value: { enabled: true } },
  { key: 'auth.session_ttl_hours', value: { hours: 8 } },
]

const CHANGES: readonly ChangeKind[] = [
  {
    action: 'CreateUser',
    weight: 3,
    fields: (prng) => {
      const name = prng.pick(['nina.ntlm', 'oscar.ou', 'paula.pki', 'quentin.gpo'])
      const fields: Record<string, unknown> = {
        principal_name: name,
        email_address: `${name}@specter.example`,
        roles: [prng.pick(['User', 'Read-Only', 'Power User'])],
      }
      if (prng.chance(0.35)) fields.secret = BLOODHOUND_DEMO_SECRETS.userSecret
      return fields
    },
    failures: ['principal name already exists', 'email address is not valid'],
  },
  {
    action: 'UpdateUser',
    weight: 4,
    fields: (prng, actors) => {
      const user = prng.pick(actors)
      return {
        user_id: user.id,
        principal_name: user.name,
        roles: [prng.pick(['User', 'Administrator', 'Power User'])],
        is_disabled: prng.chance(0.1),
      }
    },
    failures: ['user not found', 'permission denied'],
  },
  {
    action: 'DeleteUser',
    weight: 1,
    fields: (prng) => ({
      user_id: uuid(prng),
      principal_name: prng.pick(['temp.contractor', 'old.admin', 'test.user']),
    }),
    failures: ['user not found'],
  },
  {
    action: 'CreateAuthToken',
    weight: 3,
    fields: (prng, actors) => ({
      token_id: uuid(prng),
      name: prng.pick(['sharphound-collector', 'ci-export', 'splunk-ingest']),
      user_id: prng.pick(actors).id,
      token: `${BLOODHOUND_DEMO_SECRETS.tokenPrefix}${prng.hex(40)}`,
    }),
    failures: ['token limit reached for user'],
  },
  {
    action: 'DeleteAuthToken',
    weight: 2,
    fields: (prng, actors) => ({ token_id: uuid(prng), user_id: prng.pick(actors).id }),
    failures: ['token not found'],
  },
  {
    action: 'UpdateParameter',
    weight: 2,
    fields: (prng) => ({ ...prng.pick(PARAMETERS) }),
    failures: ['invalid parameter value'],
  },
  {
    action: 'CreateSavedQuery',
    weight: 5,
    fields: (prng) => ({
      query_id: prng.int(1, 400),
      name: prng.pick(['Kerberoastable admins', 'Paths to DA', 'Stale computers', 'Unconstrained delegation']),
      query: 'MATCH (n:User {hasspn: true}) RETURN n LIMIT 100',
    }),
    failures: ['duplicate name'],
  },
  {
    action: 'DeleteSavedQuery',
    weight: 2,
    fields: (prng) => ({ query_id: prng.int(1, 400) }),
    failures: ['saved query not found'],
  },
  {
    action: 'CreateAssetGroupSelector',
    weight: 2,
    fields: (prng) => ({
      asset_group_id: prng.int(1, 3),
      name: prng.pick(['Tier Zero DCs', 'Backup servers']),
      selector: `S-1-5-21-${prng.int(1e8, 9e8)}-${prng.int(1e8, 9e8)}-${prng.int(500, 1500)}`,
    }),
    failures: ['selector already exists'],
  },
  {
    action: 'DeleteAssetGroupSelector',
    weight: 1,
    fields: (prng) => ({ asset_group_id: prng.int(1, 3), selector_id: prng.int(1, 90) }),
    failures: ['selector not found'],
  },
  {
    action: 'CreateOIDCProvider',
    weight: 0.4,
    fields: () => ({
      name: 'Okta',
      issuer: 'https://specter.okta.example/oauth2/default',
      client_id: '0oa1b2c3d4e5f6g7h8',
      client_secret: BLOODHOUND_DEMO_SECRETS.clientSecret,
    }),
    failures: ['issuer is not reachable'],
  },
  { action: 'AcceptEULA', weight: 0.3, fields: () => ({}), failures: [] },
]

const pickChange = weightedTable(CHANGES.map((change) => [change, change.weight] as const))
const HOUR_WEIGHTS = [
  0.3, 0.3, 0.2, 0.2, 0.3, 0.5, 1, 2, 3, 3.4, 3.2, 3, 2.4, 3, 3.2, 3, 2.4, 1.6, 1, 0.7, 0.5, 0.4, 0.3, 0.3,
]
const pickHour = weightedTable(HOUR_WEIGHTS.map((weight, hour) => [hour, weight] as const))

/** RFC 3339 with microseconds, as Go writes a Postgres timestamptz in UTC. */
export function formatMicros(micros: number): string {
  const ms = Math.floor(micros / 1000)
  return `${new Date(ms).toISOString().slice(0, 23)}${String(micros - ms * 1000).padStart(3, '0')}Z`
}

function address(prng: Prng): string {
  const peer = prng.chance(0.6) ? `10.20.${prng.int(0, 7)}.${prng.int(2, 250)}` : `172.18.0.${prng.int(2, 9)}`
  if (!prng.chance(FORWARDED_SHARE)) return peer
  // The raw X-Forwarded-For list (client first, proxies after), then the peer.
  const forwarded = prng.chance(0.5)
    ? `203.0.113.${prng.int(1, 254)}`
    : `198.51.100.${prng.int(1, 254)}, 10.0.0.${prng.int(2, 20)}`
  return `${forwarded},${peer}`
}

interface Draft {
  micros: number
  log: Omit<BloodHoundAuditLog, 'id' | 'created_at'>
}

export function createBloodHoundDataset(options: CreateBloodHoundDatasetOptions = {}): BloodHoundDataset {
  const seed = options.seed ?? 1
  const count = Math.max(0, Math.floor(options.count ?? DEFAULT_BLOODHOUND_LOG_COUNT))
  const nowMs = (options.now ?? demoAnchor()).getTime()
  const prng = createPrng(deriveSeed(seed, 'bloodhound'))
  const actors = createActors(createPrng(deriveSeed(seed, 'bloodhound-actors')))
  const drafts: Draft[] = []

  // A moment in the window, a minute clear of now so an outcome never lands in the future.
  const moment = (): number => {
    for (;;) {
      const dayStart = Math.floor(nowMs / DAY_MS) * DAY_MS - prng.int(0, BLOODHOUND_WINDOW_DAYS - 1) * DAY_MS
      const ms = dayStart + pickHour(prng) * HOUR_MS + prng.int(0, HOUR_MS - 1)
      if (ms < nowMs - 60_000 && ms > nowMs - BLOODHOUND_WINDOW_DAYS * DAY_MS) return ms * 1000 + prng.int(0, 999)
    }
  }

  const change = (
    startMicros: number,
    kind: ChangeKind,
    actor: Actor,
    outcome: AuditLogStatus | null,
    outcomeMicros?: number,
  ) => {
    const fields = kind.fields(prng, actors)
    const shared = {
      actor_id: actor.id,
      actor_name: actor.name,
      actor_email: actor.email,
      action: kind.action,
      request_id: uuid(prng),
      source_ip_address: address(prng),
      commit_id: uuid(prng),
    }
    drafts.push({ micros: startMicros, log: { ...shared, fields, status: 'intent' } })
    if (outcome === null) return
    const failed = outcome === 'failure'
    drafts.push({
      micros: outcomeMicros ?? startMicros + prng.int(1_000, 900_000),
      log: {
        ...shared,
        fields: failed
          ? { ...fields, error: prng.pick(kind.failures.length ? kind.failures : ['internal error']) }
          : fields,
        status: outcome,
      },
    })
  }

  // A bulk delete committed in one transaction: three outcomes in the same microsecond.
  const bulk = Math.min(3, Math.floor(count / 2))
  const bulkOutcome = (Math.floor(nowMs / DAY_MS) - 2) * DAY_MS * 1000 + 14 * HOUR_MS * 1000 + 123_456
  const deleteSelector = CHANGES.find((kind) => kind.action === 'DeleteAssetGroupSelector')!
  for (let index = 0; index < bulk; index++)
    change(bulkOutcome - 5_000 + index * 700, deleteSelector, actors[0]!, 'success', bulkOutcome)
  const bulkDrafts = drafts.slice()

  while (drafts.length < count) {
    const actor = prng.pick(actors)
    if (drafts.length === count - 1 || prng.chance(LOGIN_SHARE)) {
      // A login writes one entry, an outcome with no intent; an unknown user has no actor.
      const failed = prng.chance(0.15)
      const unknown = failed && prng.chance(0.4)
      const username = unknown ? prng.pick(['administrator', 'root', 'test']) : actor.email
      drafts.push({
        micros: moment(),
        log: {
          actor_id: unknown ? '' : actor.id,
          actor_name: unknown ? '' : actor.name,
          actor_email: unknown ? '' : actor.email,
          action: 'LoginAttempt',
          fields: failed
            ? { username, auth_type: 'secret', error: 'invalid credentials' }
            : { username, auth_type: prng.pick(['secret', 'saml', 'oidc']) },
          request_id: uuid(prng),
          source_ip_address: address(prng),
          commit_id: uuid(prng),
          status: failed ? 'failure' : 'success',
        },
      })
      continue
    }
    const roll = prng.next()
    change(
      moment(),
      pickChange(prng),
      actor,
      roll < DANGLING_SHARE ? null : roll < DANGLING_SHARE + FAILURE_SHARE ? 'failure' : 'success',
    )
  }

  // Ids follow write order; rows of one instant keep the order they were written in.
  const written = drafts.slice(0, count).map((draft, order) => ({ draft, order }))
  written.sort((a, b) => a.draft.micros - b.draft.micros || a.order - b.order)
  const logs: BloodHoundAuditLog[] = written.map(({ draft }, index) => ({
    id: index + 1,
    created_at: formatMicros(draft.micros),
    ...draft.log,
  }))
  const micros = new Map(written.map(({ draft }, index) => [index + 1, draft.micros]))
  const sameInstantIds = logs
    .filter((log) => bulkDrafts.some((draft) => draft.log.request_id === log.request_id) && log.status !== 'intent')
    .map((log) => log.id)
  logs.sort((a, b) => micros.get(b.id)! - micros.get(a.id)! || a.id - b.id)
  return { logs, micros, sameInstantIds }
}

let defaultDataset: BloodHoundDataset | undefined

/** One dataset per process/page, built on first use. */
export function getDefaultBloodHoundDataset(): BloodHoundDataset {
  defaultDataset ??= createBloodHoundDataset()
  return defaultDataset
}
