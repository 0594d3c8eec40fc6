// Two edits of one big workflow, a minute apart, each sending the whole ~1 MB workflow in its
// request body: the pair the drawer's "Compare with the previous change" is benched on. The
// second edit moves, reconfigures, removes and adds a few nodes of the first, so the diff of
// two megabyte bodies is a short list, as it is when someone edits a large workflow for real.
import { getOperation } from './api-operations'
import { buildEntry } from './entry-factory'
import { createPrng, type Prng } from './prng'
import type { JsonObject, LosantAuditLog } from './schema'
import type { Actor, World } from './world'

export const LARGE_DIFF_IDS = {
  before: '65b1e2d3c4f5a6b7c8d90201',
  after: '65b1e2d3c4f5a6b7c8d90202',
} as const

/** The serialized request body each edit grows to. */
const TARGET_BYTES = 1024 * 1024
/** How long ago the later edit was made; the earlier one is a minute before it. */
const AGE_DAYS = 141.7
const DAY_MS = 86_400_000
const EDIT_GAP_MS = 60_000
const NODE_TYPES = ['DeviceStateTrigger', 'Conditional', 'MathNode', 'MutateNode', 'DebugNode', 'DeviceStateOutput']

function workflowNode(prng: Prng, index: number): JsonObject {
  const type = prng.pick(NODE_TYPES)
  return {
    id: `node-${index.toString(36).padStart(4, '0')}`,
    type,
    meta: { label: `${type} ${index}`, x: 40 + (index % 20) * 160, y: 40 + Math.floor(index / 20) * 120 },
    config: {
      expression: `{{ data.reading_${prng.int(1, 60)} }} > ${prng.int(0, 500)}`,
      deviceTags: [{ key: 'site', value: `plant-${prng.int(1, 12)}` }],
      attribute: `sensor_${prng.int(1, 40)}`,
      rounding: prng.int(0, 4),
    },
    outputIds: [[`node-${(index + 1).toString(36).padStart(4, '0')}`]],
  }
}

/** The earlier workflow: nodes until the body reaches the target size. */
function workflowBefore(name: string): JsonObject {
  const prng = createPrng(0xd1ff)
  const nodes: JsonObject[] = []
  let bytes = 300
  while (bytes < TARGET_BYTES) {
    const node = workflowNode(prng, nodes.length)
    bytes += JSON.stringify(node).length + 1
    nodes.push(node)
  }
  return {
    name,
    description: 'Routes telemetry from every plant to its alarms and dashboards.',
    enabled: true,
    globals: [{ key: 'threshold', json: '450' }],
    nodes,
  }
}

/** The later workflow: the earlier one with a handful of nodes moved, reconfigured, removed and added. */
function workflowAfter(before: JsonObject): JsonObject {
  const prng = createPrng(0xd1ff + 1)
  const nodes = structuredClone(before.nodes) as JsonObject[]
  for (let edit = 0; edit < 12; edit++) {
    const node = nodes[prng.int(0, nodes.length - 1)]!
    const config = node.config as JsonObject
    if (edit % 3 === 0) node.meta = { ...(node.meta as JsonObject), x: prng.int(0, 3000) }
    else config.rounding = prng.int(5, 8)
  }
  // Arrays compare by position: a removal near the end keeps the diff short, as a real edit's is.
  nodes.splice(-5, 2)
  nodes.push(workflowNode(prng, nodes.length + 10_000), workflowNode(prng, nodes.length + 10_001))
  return {
    ...before,
    description: 'Routes telemetry from every plant to its alarms, dashboards and the on-call rota.',
    globals: [
      { key: 'threshold', json: '420' },
      { key: 'onCallRota', json: '"plant-ops"' },
    ],
    nodes,
  }
}

function editor(world: World): Actor {
  const user = world.actors.User[2] ?? world.actors.User[0]
  if (!user) throw new Error('the demo world has no users')
  return user
}

export function createLargeDiffEntries(world: World, orgId: string, nowMs: number): LosantAuditLog[] {
  const prng = createPrng(0xd1ff0)
  const application = world.applications[2] ?? world.applications[0]
  const flow = application?.children.Flow[0]
  if (!application || !flow) throw new Error('the demo world has no application with workflows')
  // Built on first read, like every body: the dataset itself stays cheap to create.
  let built: JsonObject | undefined
  const before = () => (built ??= workflowBefore(flow.name))
  const afterDateMs = nowMs - AGE_DAYS * DAY_MS
  const edits = [
    { id: LARGE_DIFF_IDS.before, dateMs: afterDateMs - EDIT_GAP_MS, body: before },
    { id: LARGE_DIFF_IDS.after, dateMs: afterDateMs, body: () => workflowAfter(before()) },
  ]
  return edits.map(({ id, dateMs, body }) =>
    buildEntry({
      id,
      dateMs,
      orgId,
      prng,
      actor: editor(world),
      operation: getOperation('flow.patch'),
      application,
      target: flow,
      status: 200,
      tweak: (exchange) => {
        const workflow = body()
        exchange.requestBody = workflow
        // Losant answers a PATCH with the workflow as saved; its bulk is what was sent.
        exchange.responseBody = { id: flow.id, applicationId: application.id, name: workflow.name, enabled: true }
      },
    }),
  )
}

export const LARGE_DIFF_ENTRY_COUNT = Object.keys(LARGE_DIFF_IDS).length
