// Entries whose names and bodies attack the UI: markup, script URLs, bidi overrides, invisible
// and control characters, emoji, the longest allowed name, deep nesting, a huge string.
// The UI must show them as inert text. They sit 2–20 days back, off the default first page.
import { getOperation } from './api-operations'
import { buildEntry } from './entry-factory'
import { createPrng } from './prng'
import type { JsonObject, LosantAuditLog } from './schema'
import type { Actor, NamedEntity, World } from './world'

const XSS_IMG = '<img src=x onerror=alert(1)>'
const XSS_SCRIPT = '<script>alert(1)</script>'
const XSS_URL = 'javascript:alert(1)'

const DAY_MS = 86_400_000
const LONG_NAME = 'Sensor with an unreasonably long name '.repeat(30).slice(0, 1024)

function nested(depth: number): JsonObject {
  let body: JsonObject = { level: 1, value: 'bottom' }
  for (let level = 2; level <= depth; level++) body = { level, child: body }
  return body
}

function bigReadme(length: number): string {
  const paragraph =
    '## Operations notes\n\nThis application collects telemetry from every site. Before changing a workflow, check the on-call calendar and post in #iot-ops.\n\n'
  return paragraph.repeat(Math.ceil(length / paragraph.length)).slice(0, length)
}

interface HostileSpec {
  id: string
  ageDays: number
  operation: string
  actor?: Actor
  target?: NamedEntity
  body: () => JsonObject
}

function specs(): HostileSpec[] {
  const person = (id: string, name: string): Actor => ({ id, name, type: 'User', weight: 0 })
  return [
    {
      id: '65a0f1c2d3e4b5a6978801a1',
      ageDays: 2.4,
      operation: 'device.patch',
      actor: person('65a0f1c2d3e4b5a6978801b1', XSS_IMG),
      body: () => ({ description: XSS_IMG, tags: [{ key: 'note', value: '"><svg onload=alert(1)>' }] }),
    },
    {
      id: '65a0f1c2d3e4b5a6978801a2',
      ageDays: 4.7,
      operation: 'dashboard.patch',
      target: { id: '65a0f1c2d3e4b5a6978801c2', name: XSS_SCRIPT },
      body: () => ({
        name: XSS_SCRIPT,
        blocks: [{ blockType: 'custom-html', config: { html: `${XSS_SCRIPT}${XSS_IMG}` } }],
      }),
    },
    {
      id: '65a0f1c2d3e4b5a6978801a3',
      ageDays: 6.2,
      operation: 'experienceView.patch',
      target: { id: '65a0f1c2d3e4b5a6978801c3', name: XSS_URL },
      body: () => ({ name: XSS_URL, body: `<a href="${XSS_URL}">Open</a>`, redirectUrl: XSS_URL }),
    },
    {
      id: '65a0f1c2d3e4b5a6978801a4',
      ageDays: 8.1,
      operation: 'file.patch',
      // Shows as "invoice_exe.png" but is an .exe.
      target: { id: '65a0f1c2d3e4b5a6978801c4', name: 'invoice_\u202Egnp.exe' },
      body: () => ({ name: 'invoice_\u202Egnp.exe', parentDirectory: '/uploads/\u202Etxt.sh/' }),
    },
    {
      id: '65a0f1c2d3e4b5a6978801a5',
      ageDays: 9.6,
      operation: 'device.patch',
      target: { id: '65a0f1c2d3e4b5a6978801c5', name: 'Pump\u200B 7\u200D\u2060' },
      body: () => ({
        description: 'line one\r\nline two\ttab\u0000nul\u0007bell\u001b[31mred\u001b[0m\u0008back\u007f',
        tags: [{ key: 'zw\u200Bsite', value: '\uFEFFDock\u00A03' }],
      }),
    },
    {
      id: '65a0f1c2d3e4b5a6978801a6',
      ageDays: 11.3,
      operation: 'flow.patch',
      actor: person('65a0f1c2d3e4b5a6978801b6', 'Zoë 🚀 Ops 👩🏽‍🔧🇧🇷'),
      target: { id: '65a0f1c2d3e4b5a6978801c6', name: '🔥 Alarm Router 🚨' },
      body: () => ({ name: '🔥 Alarm Router 🚨', description: 'Family 👨‍👩‍👧‍👦, flag 🏳️‍🌈, keycap 1️⃣, astral 𝕏' }),
    },
    {
      id: '65a0f1c2d3e4b5a6978801a7',
      ageDays: 13.5,
      operation: 'device.patch',
      target: { id: '65a0f1c2d3e4b5a6978801c7', name: LONG_NAME },
      body: () => ({ name: LONG_NAME }),
    },
    {
      id: '65a0f1c2d3e4b5a6978801a8',
      ageDays: 15.2,
      operation: 'resourceJob.execute',
      body: () => nested(60),
    },
    {
      id: '65a0f1c2d3e4b5a6978801a9',
      ageDays: 17.8,
      operation: 'application.readmePatch',
      body: () => ({ readme: bigReadme(200 * 1024) }),
    },
  ]
}

export const LOSANT_HOSTILE_IDS: string[] = Array.from(
  { length: 9 },
  (_, index) => `65a0f1c2d3e4b5a6978801a${index + 1}`,
)

export function createHostileEntries(world: World, orgId: string, nowMs: number): LosantAuditLog[] {
  const prng = createPrng(0x4057113)
  const application = world.applications[3] ?? world.applications[0]
  const user = world.actors.User[2]
  if (!application || !user) throw new Error('the demo world has no applications or users')
  return specs().map((spec) => {
    const operation = getOperation(spec.operation)
    const type = operation.secondaryType
    const target =
      spec.target ??
      (type
        ? prng.pick(application.children[type])
        : operation.primaryType === 'Dashboard'
          ? prng.pick(world.dashboards)
          : application)
    return buildEntry({
      id: spec.id,
      dateMs: nowMs - spec.ageDays * DAY_MS,
      orgId,
      prng,
      actor: spec.actor ?? user,
      operation,
      application,
      target,
      status: 200,
      tweak: (exchange) => {
        exchange.requestBody = spec.body()
        if (operation.kind === 'update') Object.assign(exchange.responseBody, spec.body())
        else exchange.responseBody = { success: true }
      },
    })
  })
}
