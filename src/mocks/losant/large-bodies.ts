// Three device exports with ~100 KB, ~1 MB and ~5 MB response bodies, to test how the UI copes
// with big entries. Like every body they are built on first read (see entry-factory.ts), so
// the 5 MB of JSON costs nothing until that entry is served.
import { getOperation } from './api-operations'
import { buildEntry } from './entry-factory'
import { createPrng, type Prng } from './prng'
import type { JsonObject, LosantAuditLog } from './schema'
import type { World } from './world'

export const LARGE_BODY_IDS = {
  '100kb': '65b1e2d3c4f5a6b7c8d90101',
  '1mb': '65b1e2d3c4f5a6b7c8d90102',
  '5mb': '65b1e2d3c4f5a6b7c8d90103',
} as const

type LargeBodySize = keyof typeof LARGE_BODY_IDS

const TARGET_BYTES: Record<LargeBodySize, number> = { '100kb': 100 * 1024, '1mb': 1024 * 1024, '5mb': 5 * 1024 * 1024 }
const AGE_DAYS: Record<LargeBodySize, number> = { '100kb': 64.3, '1mb': 87.6, '5mb': 113.2 }
const DAY_MS = 86_400_000

function exportedDevice(prng: Prng, index: number, applicationId: string, dateMs: number): JsonObject {
  const id = prng.objectId(dateMs - prng.int(30, 900) * DAY_MS)
  return {
    id,
    deviceId: id,
    applicationId,
    name: `${prng.pick(['Freezer', 'Reefer Unit', 'Cold Room Sensor', 'Door Sensor'])} ${String(index + 1).padStart(5, '0')}`,
    description: prng.chance(0.3) ? 'Replaced battery during Q2 maintenance' : '',
    deviceClass: prng.chance(0.05) ? 'gateway' : 'peripheral',
    tags: [
      { key: 'site', value: prng.pick(['Dock 3', 'Depot East', 'Warehouse 9']) },
      { key: 'firmware', value: prng.pick(['3.1.0', '3.1.2', '3.2.1']) },
    ],
    attributes: [
      { name: 'temperature', dataType: 'number', attributeTags: { unit: '°C' } },
      { name: 'doorOpen', dataType: 'boolean' },
      { name: 'battery', dataType: 'number', attributeTags: { unit: 'V' } },
    ],
    connectionInfo: {
      connected: prng.chance(0.9) ? 1 : 0,
      time: new Date(dateMs - prng.int(60, 86_400) * 1000).toISOString(),
    },
    lastState: {
      time: new Date(dateMs - prng.int(1, 3600) * 1000).toISOString(),
      data: {
        temperature: Math.round((prng.next() * 12 - 22) * 10) / 10,
        doorOpen: prng.chance(0.02),
        battery: Math.round((3 + prng.next()) * 100) / 100,
      },
    },
    creationDate: new Date(dateMs - prng.int(30, 900) * DAY_MS).toISOString(),
  }
}

/** Adds devices until the serialized body reaches the target size. */
function buildDeviceExport(size: LargeBodySize, applicationId: string, dateMs: number): JsonObject {
  const prng = createPrng(TARGET_BYTES[size])
  const devices: JsonObject[] = []
  let bytes = 200
  while (bytes < TARGET_BYTES[size]) {
    const device = exportedDevice(prng, devices.length, applicationId, dateMs)
    bytes += JSON.stringify(device).length + 1
    devices.push(device)
  }
  return {
    success: true,
    data: {
      exportedAt: new Date(dateMs).toISOString(),
      format: 'json',
      totalDevices: devices.length,
      exportedDevices: devices,
    },
  }
}

export function createLargeBodyEntries(world: World, orgId: string, nowMs: number): LosantAuditLog[] {
  const prng = createPrng(0x1a29e)
  const application = world.applications[1] ?? world.applications[0]
  const user = world.actors.User[0]
  if (!application || !user) throw new Error('the demo world has no applications or users')
  return (Object.keys(LARGE_BODY_IDS) as LargeBodySize[]).map((size) => {
    const dateMs = nowMs - AGE_DAYS[size] * DAY_MS
    return buildEntry({
      id: LARGE_BODY_IDS[size],
      dateMs,
      orgId,
      prng,
      actor: user,
      operation: getOperation('devices.export'),
      application,
      target: application,
      status: 200,
      tweak: (exchange) => {
        exchange.requestBody = { format: 'json', includeLastState: true, query: { $and: [{ tags: { key: 'site' } }] } }
        exchange.responseBody = buildDeviceExport(size, application.id, dateMs)
      },
    })
  })
}
