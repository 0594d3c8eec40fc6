// @vitest-environment node
// Pure data and msw handlers: no DOM needed, and jsdom start-up would dominate the run.
import { createLosantDataset, LOSANT_DEMO_SECRETS, LOSANT_HOSTILE_IDS, type LosantAuditLog } from './dataset'
import { LOSANT_DEMO_ORG_ID } from './demo-constants'
import reference from './fixtures/losant-api-methods.reference.json'
import { LARGE_DIFF_IDS } from './large-diff'

// The vendor's own method table: a copy kept in the repo (see its $comment), not the app's file.
const methods: Record<string, Record<string, string[]>> = reference.methods

const NOW = new Date('2026-06-15T12:00:00.000Z')
const DAY_MS = 86_400_000
const dataset = createLosantDataset({ now: NOW })
const { entries } = dataset
const large: string[] = [...Object.values(dataset.largeBodyIds), ...Object.values(LARGE_DIFF_IDS)]
const regular = entries.filter((entry) => !large.includes(entry.id))
const json = new Map(regular.map((entry) => [entry, JSON.stringify(entry)]))

function ageDays(entry: LosantAuditLog): number {
  return (NOW.getTime() - Date.parse(entry.creationDate)) / DAY_MS
}

function share(predicate: (entry: LosantAuditLog) => boolean): number {
  return entries.filter(predicate).length / entries.length
}

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (value && typeof value === 'object') for (const item of Object.values(value)) strings(item, out)
  return out
}

function depth(value: unknown): number {
  if (!value || typeof value !== 'object') return 0
  return 1 + Math.max(0, ...Object.values(value).map(depth))
}

describe('createLosantDataset', () => {
  it('is deterministic for a seed and a now, bodies included, whatever order they are read in', () => {
    const again = createLosantDataset({ now: NOW })
    expect(again.entries.map((entry) => [entry.id, entry.creationDate, entry.actorId])).toEqual(
      entries.map((entry) => [entry.id, entry.creationDate, entry.actorId]),
    )
    const sample = again.entries.filter((_, index) => index % 97 === 0)
    const reversed = [...sample]
      .reverse()
      .map((entry) => JSON.stringify(entry))
      .reverse()
    expect(reversed).toEqual(sample.map((entry) => JSON.stringify(dataset.byId.get(entry.id))))
    expect(createLosantDataset({ now: NOW, seed: 2 }).entries[0]?.id).not.toBe(entries[0]?.id)
  })

  it('holds 5,400 entries from the last 13 months, newest first, with unique 24-hex ids', () => {
    expect(entries).toHaveLength(5_400)
    const oldest = new Date(NOW)
    oldest.setUTCMonth(oldest.getUTCMonth() - 13)
    const malformed = entries.filter((entry) => {
      const time = Date.parse(entry.creationDate)
      return (
        !/^[0-9a-f]{24}$/.test(entry.id) ||
        entry.auditLogId !== entry.id ||
        entry.orgId !== LOSANT_DEMO_ORG_ID ||
        time < oldest.getTime() ||
        time > NOW.getTime()
      )
    })
    expect(malformed).toEqual([])
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length)
    expect(dataset.byId.size).toBe(entries.length)
    const dates = entries.map((entry) => entry.creationDate)
    expect(dates).toEqual([...dates].sort().reverse())
    // Denser recently: the last month holds more than the first.
    expect(share((entry) => ageDays(entry) < 30)).toBeGreaterThan(share((entry) => ageDays(entry) > 365))
  })

  it('has every actor and primary target type, most secondary types, and stable actors', () => {
    expect(new Set(entries.map((entry) => entry.actorType))).toEqual(
      new Set(['Application', 'Device', 'Flow', 'User', 'ApiToken']),
    )
    expect(new Set(entries.map((entry) => entry.primaryTargetType))).toEqual(
      new Set(['Application', 'Dashboard', 'OrgInvite']),
    )
    expect(new Set(entries.map((entry) => entry.secondaryTargetType).filter(Boolean)).size).toBeGreaterThanOrEqual(20)
    const names = new Map<string, Set<string>>()
    const counts = new Map<string, number>()
    for (const entry of entries) {
      names.set(entry.actorId, (names.get(entry.actorId) ?? new Set()).add(entry.actorName))
      counts.set(entry.actorId, (counts.get(entry.actorId) ?? 0) + 1)
    }
    // Ids are stable: one name per actor id.
    expect([...names.values()].filter((set) => set.size > 1)).toEqual([])
    const userIds = new Set(entries.filter((entry) => entry.actorType === 'User').map((entry) => entry.actorId))
    expect(userIds.size).toBeGreaterThanOrEqual(25)
    expect(Math.max(...counts.values())).toBeGreaterThan(300)
    const tooLong = entries.filter((entry) =>
      [entry.actorName, entry.primaryTargetName, entry.secondaryTargetName].some((name) => (name ?? '').length > 1024),
    )
    expect(tooLong).toEqual([])
  })

  it('records only real, mutating Losant API methods, with every path parameter filled', () => {
    const problems = regular.flatMap((entry) => {
      const call = `${entry.requestResource}.${entry.requestAction}`
      const method = methods[entry.requestResource]?.[entry.requestAction]
      if (!method) return [`${call} is not a Losant API method`]
      const [verb = '', path = ''] = method
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '')
      const params = entry.requestPathParams
      const found: string[] = []
      if (!['POST', 'PATCH', 'PUT', 'DELETE'].includes(verb)) found.push(`${call} is a ${verb}`)
      if (Object.keys(params).sort().join() !== [...names].sort().join())
        found.push(`${call} params ${Object.keys(params).join()}`)
      if (Object.values(params).some((value) => !/\S/.test(value))) found.push(`${call} has an empty param`)
      if (
        entry.primaryTargetType === 'Application' &&
        names.includes('applicationId') &&
        params.applicationId !== entry.primaryTargetId
      ) {
        found.push(`${call} applicationId is not the primary target`)
      }
      if (
        entry.primaryTargetType === 'Dashboard' &&
        names.includes('dashboardId') &&
        params.dashboardId !== entry.primaryTargetId
      ) {
        found.push(`${call} dashboardId is not the primary target`)
      }
      if (entry.secondaryTargetId && verb !== 'POST' && !Object.values(params).includes(entry.secondaryTargetId)) {
        found.push(`${call} does not name its secondary target`)
      }
      if ((entry.secondaryTargetId === undefined) !== (entry.secondaryTargetType === undefined))
        found.push(`${call} half a secondary target`)
      return found
    })
    expect(problems).toEqual([])
  })

  it('mostly succeeds, and failures carry Losant error bodies', () => {
    expect(share((entry) => entry.responseStatus < 300)).toBeGreaterThan(0.8)
    const statuses = new Set(entries.map((entry) => entry.responseStatus))
    for (const status of [200, 201, 400, 401, 403, 404, 409, 429, 500, 502, 503]) expect(statuses).toContain(status)
    // Uncommon codes, so a status class is seen to mean the whole class.
    for (const status of [406, 408, 412, 418, 423, 451, 501, 505, 507]) expect(statuses).toContain(status)
    const failures = regular.filter((item) => item.responseStatus >= 400)
    const malformed = failures.filter(
      ({ responseBody }) =>
        Object.keys(responseBody).join() !== 'type,message' || typeof responseBody.message !== 'string',
    )
    expect(malformed).toEqual([])
    expect(regular.find((entry) => entry.responseStatus === 400)?.responseBody.type).toBe('Validation')
  })

  it('carries server-redacted values, always exactly "[REDACTED]"', () => {
    const redacted = regular.filter((entry) => json.get(entry)?.includes('REDACTED'))
    expect(redacted.length / entries.length).toBeGreaterThan(0.06)
    expect(redacted.length / entries.length).toBeLessThan(0.11)
    const values = new Set(redacted.flatMap((entry) => strings(entry)).filter((text) => text.includes('REDACTED')))
    expect([...values]).toEqual(['[REDACTED]'])
  })

  it('plants every listed unredacted secret, in about 5% of entries', () => {
    const encoded = LOSANT_DEMO_SECRETS.map((secret) => JSON.stringify(secret).slice(1, -1))
    const leaking = regular.filter((entry) => encoded.some((secret) => json.get(entry)?.includes(secret)))
    expect(leaking.length / entries.length).toBeGreaterThan(0.035)
    expect(leaking.length / entries.length).toBeLessThan(0.07)
    for (const secret of encoded)
      expect(
        leaking.some((entry) => json.get(entry)?.includes(secret)),
        secret,
      ).toBe(true)

    const card = LOSANT_DEMO_SECRETS.find((secret) => /^\d{16}$/.test(secret)) ?? ''
    const luhn = [...card].reverse().reduce((sum, digit, index) => {
      const doubled = Number(digit) * (index % 2 ? 2 : 1)
      return sum + (doubled > 9 ? doubled - 9 : doubled)
    }, 0)
    expect(luhn % 10).toBe(0)
    expect(
      regular.filter((entry) => typeof entry.requestBody?.note === 'string' && entry.requestBody.note.includes(card)),
    ).toHaveLength(1)
    expect(LOSANT_DEMO_SECRETS.some((secret) => /^AKIA[A-Z0-9]{16}$/.test(secret))).toBe(true)
    expect(
      LOSANT_DEMO_SECRETS.some((secret) =>
        /^-----BEGIN PRIVATE KEY-----\n[\s\S]+\n-----END PRIVATE KEY-----$/.test(secret),
      ),
    ).toBe(true)
    const jwt = LOSANT_DEMO_SECRETS.find((secret) => secret.startsWith('Bearer '))?.slice(7) ?? ''
    const [header, payload, signature] = jwt.split('.')
    expect(JSON.parse(atob(header ?? ''))).toMatchObject({ alg: 'HS256', typ: 'JWT' })
    expect(JSON.parse(atob((payload ?? '').replace(/-/g, '+').replace(/_/g, '/')))).toHaveProperty('sub')
    expect(signature).toMatch(/^[\w-]{20,}$/)
    const jsonText = regular.map((entry) => entry.requestBody?.settingsJson).find((value) => typeof value === 'string')
    expect(JSON.parse(String(jsonText))).toHaveProperty('password')
  })

  it('plants hostile entries 2–20 days back, off the first page', () => {
    const hostile = LOSANT_HOSTILE_IDS.map((id) => dataset.byId.get(id) as LosantAuditLog)
    expect(hostile.every(Boolean)).toBe(true)
    for (const entry of hostile) {
      expect(ageDays(entry)).toBeGreaterThanOrEqual(2)
      expect(ageDays(entry)).toBeLessThanOrEqual(20)
      expect(entries.indexOf(entry)).toBeGreaterThanOrEqual(100)
    }
    const text = hostile.flatMap((entry) => strings(entry))
    for (const payload of [
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      'javascript:alert(1)',
      '\u202E',
      '\u200B',
      '\u0000',
      '🚀',
    ]) {
      expect(
        text.some((value) => value.includes(payload)),
        JSON.stringify(payload),
      ).toBe(true)
    }
    expect(hostile.some((entry) => entry.secondaryTargetName?.length === 1024)).toBe(true)
    expect(Math.max(...hostile.map((entry) => depth(entry.requestBody)))).toBeGreaterThanOrEqual(60)
    expect(Math.max(...text.map((value) => value.length))).toBeGreaterThanOrEqual(200 * 1024)
  })

  it('serves three large device exports 60–120 days back', () => {
    const sizes = { '100kb': 100 * 1024, '1mb': 1024 * 1024, '5mb': 5 * 1024 * 1024 }
    for (const [size, bytes] of Object.entries(sizes)) {
      const entry = dataset.byId.get(dataset.largeBodyIds[size as keyof typeof sizes]) as LosantAuditLog
      expect(ageDays(entry)).toBeGreaterThanOrEqual(60)
      expect(ageDays(entry)).toBeLessThanOrEqual(120)
      const length = JSON.stringify(entry.responseBody).length
      expect(length).toBeGreaterThanOrEqual(bytes)
      expect(length).toBeLessThan(bytes * 1.05)
      expect(entry.responseBody).toMatchObject({ data: { exportedDevices: expect.any(Array) } })
    }
  })

  it('plants two ~1 MB edits of one workflow a minute apart, the earlier the change before the later', () => {
    const before = dataset.byId.get(LARGE_DIFF_IDS.before)!
    const after = dataset.byId.get(LARGE_DIFF_IDS.after)!
    for (const edit of [before, after]) {
      expect(edit).toMatchObject({ requestResource: 'flow', requestAction: 'patch', responseStatus: 200 })
      expect(JSON.stringify(edit.requestBody).length).toBeGreaterThanOrEqual(1024 * 1024)
      expect(ageDays(edit)).toBeGreaterThan(120)
    }
    // What "compare with the previous change" asks for: the same workflow and request, a success, earlier.
    const previous = entries.find(
      (entry) =>
        entry.creationDate < after.creationDate &&
        entry.secondaryTargetId === after.secondaryTargetId &&
        entry.primaryTargetId === after.primaryTargetId &&
        entry.requestResource === 'flow' &&
        entry.requestAction === 'patch' &&
        entry.responseStatus < 300,
    )
    expect(previous?.id).toBe(before.id)
    expect(after.requestBody).not.toEqual(before.requestBody)
  })

  it('gives the workflow edits the places of the oldest regular entries, and leaves newer ones as they were', () => {
    const withoutEdits = createLosantDataset({ now: NOW, count: 5_400, workflowEdits: false })
    const afterTime = dataset.byId.get(LARGE_DIFF_IDS.after)!.creationDate
    const newer = (list: LosantAuditLog[]) => list.filter((entry) => entry.creationDate > afterTime).map((e) => e.id)
    expect(newer(entries)).toEqual(newer(withoutEdits.entries))
    expect(entries.slice(0, -1).map((e) => e.id)).not.toContain(withoutEdits.entries.at(-1)!.id)
  })

  it('builds smaller datasets, planted entries first', () => {
    const small = createLosantDataset({ now: NOW, count: 40 })
    expect(small.entries).toHaveLength(40)
    expect(createLosantDataset({ now: NOW, count: 5 }).entries).toHaveLength(5)
  })
})
