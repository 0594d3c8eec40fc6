import { describe, expect, it } from 'vitest'
import { parseEnvConfig } from './env-config'

describe('parseEnvConfig', () => {
  it('runs on the demo API when nothing is configured', () => {
    expect(parseEnvConfig({})).toEqual({ ok: true, config: { sourceId: 'losant', apiUrl: undefined, orgId: undefined, token: undefined } })
    expect(parseEnvConfig({ VITE_AUDIT_API_URL: '  ', VITE_AUDIT_ORG_ID: '' }).ok).toBe(true)
  })

  it('accepts a real API with an organization', () => {
    expect(
      parseEnvConfig({
        VITE_AUDIT_API_URL: 'https://api.losant.com',
        VITE_AUDIT_ORG_ID: '575ec8687ae143cd83dc4a97',
        VITE_AUDIT_API_TOKEN: 'secret',
      }),
    ).toEqual({
      ok: true,
      config: { sourceId: 'losant', apiUrl: 'https://api.losant.com', orgId: '575ec8687ae143cd83dc4a97', token: 'secret' },
    })
  })

  it('explains every invalid value, and never echoes the token', () => {
    const result = parseEnvConfig({
      VITE_AUDIT_SOURCE: 'splunk',
      VITE_AUDIT_API_URL: 'ftp://example.com',
      VITE_AUDIT_ORG_ID: 'not-an-id',
      VITE_AUDIT_API_TOKEN: 'hunter2-token',
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toHaveLength(3)
    expect(result.problems.join(' ')).toMatch(/VITE_AUDIT_SOURCE.*losant/)
    expect(result.problems.join(' ')).not.toContain('hunter2-token')
  })

  it('requires an organization for a real API', () => {
    const result = parseEnvConfig({ VITE_AUDIT_API_URL: 'https://api.losant.com' })
    expect(result).toEqual({ ok: false, problems: ['VITE_AUDIT_ORG_ID is required when VITE_AUDIT_API_URL is set.'] })
  })
})
