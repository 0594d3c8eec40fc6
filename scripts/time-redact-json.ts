/*
 * Timing check, not a test: `npx tsx scripts/time-redact-json.ts`.
 * Builds a ~5 MB audit-log-like body (deterministic), parses it, and times redactJson on it.
 */
import { redactJson } from '../src/lib/redaction/index'

const TARGET_BYTES = 5 * 1024 * 1024

function createRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

const random = createRandom(42)
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
const hex = (length: number): string => Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('')
const words = [
  'device',
  'state',
  'updated',
  'workflow',
  'triggered',
  'user',
  'login',
  'failed',
  'gateway',
  'sensor',
  'temperature',
  'application',
  'dashboard',
  'created',
  'deleted',
  'the',
  'a',
  'for',
  'with',
  'from',
]
const sentence = (n: number): string => Array.from({ length: n }, () => pick(words)).join(' ')

function auditEntry(i: number): unknown {
  const time = 1_700_000_000_000 + i * 1000
  return {
    id: hex(24),
    time: new Date(time).toISOString(),
    timestamp: time,
    type: pick(['Device', 'Workflow', 'User', 'Application', 'ApiToken']),
    actor: { id: hex(24), email: `user${i}@example.com`, name: `User ${i}`, ip: `10.0.${i % 255}.${(i * 7) % 255}` },
    request: {
      method: pick(['GET', 'POST', 'PATCH', 'DELETE']),
      path: `/applications/${hex(24)}/devices/${hex(24)}?page=${i % 10}&perPage=100`,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Mozilla/5.0 (X11; Linux x86_64)',
        authorization: `Bearer ${hex(40)}`,
      },
      body: {
        name: sentence(3),
        description: sentence(12),
        tags: [
          { key: 'floor', value: String(i % 7) },
          { key: 'zone', value: pick(['north', 'south']) },
        ],
        attributes: Array.from({ length: 4 }, (_, n) => ({
          name: `attr${n}`,
          dataType: 'number',
          value: random() * 100,
        })),
        settings: {
          enabled: random() > 0.5,
          threshold: Math.round(random() * 1000),
          password: i % 50 === 0 ? 'hunter2' : undefined,
        },
        ...(i % 40 === 0 ? { webhook: `https://hooks:${hex(12)}@example.com/hook` } : {}),
        ...(i % 30 === 0 ? { payload: JSON.stringify({ user: 'x', nested: { count: i, note: sentence(5) } }) } : {}),
      },
    },
    response: {
      status: pick([200, 201, 204, 400, 404]),
      durationMs: Math.round(random() * 500),
      message: `${sentence(8)} at 2024-01-15T10:00:00Z`,
    },
  }
}

const entries: unknown[] = []
let bytes = 2
for (let i = 0; bytes < TARGET_BYTES; i++) {
  const entry = auditEntry(i)
  bytes += JSON.stringify(entry).length + 1
  entries.push(entry)
}
const text = JSON.stringify({ items: entries, count: entries.length })
const body: unknown = JSON.parse(text)

// Wall time, and process CPU time (includes JIT and GC helper threads): the machine is shared,
// so wall time alone is noisy.
const runs: { wall: number; cpu: number }[] = []
let redactions = 0
for (let run = 0; run < 7; run++) {
  const cpuBefore = process.cpuUsage()
  const start = performance.now()
  redactions = redactJson(body).redactions.length
  const wall = performance.now() - start
  const cpu = process.cpuUsage(cpuBefore)
  runs.push({ wall, cpu: (cpu.user + cpu.system) / 1000 })
}
const format = ({ wall, cpu }: { wall: number; cpu: number }): string =>
  `${wall.toFixed(0)} ms wall / ${cpu.toFixed(0)} ms cpu`
const [cold, ...warm] = runs
const sortedWarm = warm.sort((a, b) => a.wall - b.wall)
process.stdout.write(
  `body: ${(text.length / 1024 / 1024).toFixed(2)} MB, ${entries.length} entries, ${redactions} redactions\n`,
)
if (cold !== undefined) process.stdout.write(`redactJson first (cold JIT): ${format(cold)}\n`)
const median = sortedWarm[Math.floor(sortedWarm.length / 2)]
if (median !== undefined) process.stdout.write(`redactJson warm median: ${format(median)}\n`)
