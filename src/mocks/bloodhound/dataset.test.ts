// Pure data. Runs in the default environment: the shared setup file touches `window`.
import { BLOODHOUND_DEMO_SECRETS, BLOODHOUND_WINDOW_DAYS, createBloodHoundDataset } from './dataset'
import type { BloodHoundAuditLog } from './schema'

const NOW = new Date('2026-06-15T12:00:00.000Z')
const DAY_MS = 86_400_000
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const dataset = createBloodHoundDataset({ now: NOW })
const { logs } = dataset

const byCommit = new Map<string, BloodHoundAuditLog[]>()
for (const log of logs) byCommit.set(log.commit_id, [...(byCommit.get(log.commit_id) ?? []), log])

describe('createBloodHoundDataset', () => {
  it('is deterministic for a seed and a now', () => {
    expect(createBloodHoundDataset({ now: NOW }).logs).toEqual(logs)
    expect(createBloodHoundDataset({ now: NOW, seed: 2 }).logs[0]).not.toEqual(logs[0])
  })

  it('holds 2,000 logs from the last 120 days, newest first, ids in write order', () => {
    expect(logs).toHaveLength(2_000)
    expect(new Set(logs.map((log) => log.id))).toEqual(new Set(Array.from({ length: 2_000 }, (_, index) => index + 1)))
    for (const log of logs) {
      expect(log.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/)
      const ms = Date.parse(`${log.created_at.slice(0, 23)}Z`)
      expect(ms).toBeLessThan(NOW.getTime())
      expect(ms).toBeGreaterThan(NOW.getTime() - BLOODHOUND_WINDOW_DAYS * DAY_MS)
    }
    const micros = logs.map((log) => dataset.micros.get(log.id)!)
    expect([...micros].sort((a, b) => b - a)).toEqual(micros)
    const byId = [...logs].sort((a, b) => a.id - b.id).map((log) => dataset.micros.get(log.id)!)
    expect([...byId].sort((a, b) => a - b)).toEqual(byId)
  })

  it('writes changes as an intent and then an outcome with the same commit and request', () => {
    let pairs = 0
    for (const group of byCommit.values()) {
      const statuses = group.map((log) => log.status).sort()
      if (group.length === 2) {
        pairs += 1
        expect(statuses[0] === 'failure' || statuses[0] === 'intent').toBe(true)
        const intent = group.find((log) => log.status === 'intent')!
        const outcome = group.find((log) => log.status !== 'intent')!
        expect(outcome.id).toBeGreaterThan(intent.id)
        expect(outcome.request_id).toBe(intent.request_id)
        expect(outcome.action).toBe(intent.action)
        if (outcome.status === 'failure') expect(typeof outcome.fields.error).toBe('string')
      } else {
        expect(group).toHaveLength(1)
      }
    }
    expect(pairs).toBeGreaterThan(700)
  })

  it('leaves about 3% of intents without an outcome, and logs logins as a lone outcome', () => {
    const intents = logs.filter((log) => log.status === 'intent')
    const dangling = intents.filter((log) => byCommit.get(log.commit_id)!.length === 1)
    expect(dangling.length / intents.length).toBeGreaterThan(0.015)
    expect(dangling.length / intents.length).toBeLessThan(0.05)
    const logins = logs.filter((log) => log.action === 'LoginAttempt')
    expect(logins.length).toBeGreaterThan(200)
    expect(logins.every((log) => log.status !== 'intent' && byCommit.get(log.commit_id)!.length === 1)).toBe(true)
    expect(logins.some((log) => log.status === 'failure' && log.actor_id === '')).toBe(true)
  })

  it('uses uuids, an open set of actions, forwarded addresses and a same-instant batch', () => {
    for (const log of logs) {
      expect(log.request_id).toMatch(UUID)
      expect(log.commit_id).toMatch(UUID)
      if (log.actor_id) expect(log.actor_id).toMatch(UUID)
    }
    expect(new Set(logs.map((log) => log.action)).size).toBeGreaterThanOrEqual(10)
    const forwarded = logs.filter((log) => log.source_ip_address.includes(','))
    expect(forwarded.length / logs.length).toBeGreaterThan(0.08)
    expect(dataset.sameInstantIds).toHaveLength(3)
    expect(new Set(dataset.sameInstantIds.map((id) => dataset.micros.get(id))).size).toBe(1)
  })

  it('plants secrets in some fields', () => {
    const text = JSON.stringify(logs)
    expect(text).toContain(BLOODHOUND_DEMO_SECRETS.tokenPrefix)
    expect(text).toContain(BLOODHOUND_DEMO_SECRETS.userSecret)
    expect(text).toContain(BLOODHOUND_DEMO_SECRETS.clientSecret)
  })
})
