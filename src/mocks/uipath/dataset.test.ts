// Pure data and msw handlers (getResponse: no network). Runs in the default environment: the
// shared setup file now touches `window`, which a node-environment file does not have.
import { ACTIONS } from './catalog'
import { createUiPathDataset, UIPATH_INVALID_DETAILS, UIPATH_PLANTED_SECRET, UIPATH_WINDOW_DAYS } from './dataset'

const NOW = new Date('2026-06-15T12:00:00.000Z')
const DAY_MS = 86_400_000
const dataset = createUiPathDataset({ now: NOW })
const entries = dataset.entries.map((item) => item.entry)

function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

describe('createUiPathDataset', () => {
  it('is deterministic for a seed and a now', () => {
    expect(createUiPathDataset({ now: NOW }).entries).toEqual(dataset.entries)
    expect(createUiPathDataset({ now: NOW, seed: 2 }).entries[0]).not.toEqual(dataset.entries[0])
  })

  it('holds 1,500 entries from the last 90 days, newest first, in UiPath’s timestamp format', () => {
    expect(entries).toHaveLength(1_500)
    for (const entry of entries) {
      expect(entry.createdOn).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}\+00:00$/)
      const ms = Date.parse(`${entry.createdOn.slice(0, 23)}Z`)
      expect(ms).toBeLessThanOrEqual(NOW.getTime())
      expect(ms).toBeGreaterThan(NOW.getTime() - UIPATH_WINDOW_DAYS * DAY_MS)
    }
    const times = entries.map((entry) => entry.createdOn)
    expect([...times].sort().reverse()).toEqual(times)
    expect(Date.parse(`${times.at(-1)!.slice(0, 23)}Z`)).toBeLessThan(NOW.getTime() - 80 * DAY_MS)
  })

  it('has the guide’s fields, many categories and actions, and a sentence for each', () => {
    for (const entry of entries) {
      expect(Object.keys(entry).sort()).toEqual([
        'action',
        'auditLogDetails',
        'category',
        'createdOn',
        'detailsVersion',
        'email',
        'message',
        'source',
        'userName',
      ])
      expect(entry.detailsVersion).toBe('1.0')
      expect(entry.message).toMatch(/\.$/)
    }
    expect(new Set(entries.map((entry) => entry.category)).size).toBeGreaterThanOrEqual(9)
    expect(new Set(entries.map((entry) => `${entry.category}.${entry.action}`)).size).toBeGreaterThan(20)
    expect(new Set(entries.map((entry) => entry.source))).toEqual(new Set(['Cis', 'Orchestrator', 'Portal']))
    expect(entries.filter((entry) => entry.category === 'User' && entry.action === 'Login').length).toBeGreaterThan(300)
    expect(entries.some((entry) => entry.email === null)).toBe(true)
    expect(new Set(ACTIONS.map((action) => action.category))).toContain('Tenant')
  })

  it('writes details as JSON strings, except exactly the two planted ones', () => {
    const invalid = entries.filter((entry) => !isJson(entry.auditLogDetails))
    expect(invalid.map((entry) => entry.auditLogDetails).sort()).toEqual([...UIPATH_INVALID_DETAILS].sort())
    expect(
      entries
        .filter((entry) => isJson(entry.auditLogDetails))
        .every((entry) => typeof JSON.parse(entry.auditLogDetails) === 'object'),
    ).toBe(true)
    // Off the first page but close.
    const index = entries.findIndex((entry) => !isJson(entry.auditLogDetails))
    expect(index).toBeGreaterThan(50)
  })

  it('plants secrets in some details', () => {
    const withSecrets = entries.filter((entry) =>
      /"(Password|CredentialPassword|clientSecret|ClientSecret)":/.test(entry.auditLogDetails),
    )
    expect(withSecrets.length / entries.length).toBeGreaterThan(0.02)
    expect(withSecrets.length / entries.length).toBeLessThan(0.1)
    expect(entries.some((entry) => entry.auditLogDetails.includes(UIPATH_PLANTED_SECRET))).toBe(true)
  })

  it('has every message in English, French and German', () => {
    for (const item of dataset.entries.slice(0, 100)) {
      expect(item.entry.message).toBe(item.messages.en)
      expect(item.messages.fr).not.toBe(item.messages.en)
      expect(item.messages.de).not.toBe(item.messages.en)
    }
  })
})
