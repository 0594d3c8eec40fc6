import { describe, expect, it } from 'vitest'

import { mergeLayers, validateSettings } from './connection-settings'
import { ENV_NAMES, envLayer } from './env-config'
import { parseRuntimeConfig, RUNTIME_NAMES } from './runtime-config'

const ORG = '575ec8687ae143cd83dc4a97'

describe('configuration layers', () => {
  it('lets a later layer win key by key, and an empty key leave the layer below in force', () => {
    const env = envLayer({
      VITE_AUDIT_API_URL: 'https://env.example',
      VITE_AUDIT_ORG_ID: ORG,
      VITE_AUDIT_API_TOKEN: 't',
    })
    const runtime = { apiUrl: '', orgId: '   ' }
    const page = { apiUrl: 'https://page.example' }
    expect(mergeLayers(env, runtime)).toEqual({ apiUrl: 'https://env.example', orgId: ORG, token: 't' })
    expect(mergeLayers(env, runtime, page)).toEqual({ apiUrl: 'https://page.example', orgId: ORG, token: 't' })
  })

  it('treats empty variables as unset (a CI job that blanks them runs on the demo)', () => {
    expect(
      validateSettings(envLayer({ VITE_AUDIT_API_URL: '', VITE_AUDIT_ORG_ID: ' ', VITE_AUDIT_SOURCE: '' }), ENV_NAMES),
    ).toEqual({
      ok: true,
      settings: { sourceId: 'losant', apiUrl: undefined, orgId: undefined, token: undefined },
    })
  })

  it('runs on the demo API when nothing is configured', () => {
    expect(validateSettings(mergeLayers(envLayer({}), {}), ENV_NAMES)).toEqual({
      ok: true,
      settings: { sourceId: 'losant', apiUrl: undefined, orgId: undefined, token: undefined },
    })
  })

  it('explains every invalid value in the words of the layer, never echoing the token', () => {
    const result = validateSettings(
      envLayer({
        VITE_AUDIT_SOURCE: 'splunk',
        VITE_AUDIT_API_URL: 'ftp://x',
        VITE_AUDIT_ORG_ID: 'nope',
        VITE_AUDIT_API_TOKEN: 'hunter2-token',
      }),
      ENV_NAMES,
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems.join(' ')).toMatch(/VITE_AUDIT_SOURCE is "splunk"/)
    expect(result.problems.join(' ')).toMatch(/VITE_AUDIT_API_URL is "ftp:\/\/x"/)
    expect(result.problems.join(' ')).not.toContain('hunter2-token')
  })

  it('requires a Losant organization with an API URL', () => {
    expect(validateSettings({ apiUrl: 'https://api.losant.com' }, ENV_NAMES)).toEqual({
      ok: false,
      problems: ['VITE_AUDIT_ORG_ID is required when VITE_AUDIT_API_URL is set.'],
    })
  })
})

describe('config.json', () => {
  it('reads source, API URL and org', () => {
    expect(parseRuntimeConfig({ source: 'losant', apiUrl: 'https://api.losant.com', orgId: ORG })).toEqual({
      ok: true,
      layer: { sourceId: 'losant', apiUrl: 'https://api.losant.com', orgId: ORG },
    })
    expect(parseRuntimeConfig({})).toEqual({ ok: true, layer: {} })
  })

  it('reads an API path on this origin (a same-origin proxy) as an absolute URL', () => {
    const origin = 'https://audit.example.com'
    expect(parseRuntimeConfig({ apiUrl: '/vendor-api' }, origin)).toEqual({
      ok: true,
      layer: { sourceId: undefined, apiUrl: 'https://audit.example.com/vendor-api', orgId: undefined },
    })
    expect(parseRuntimeConfig({ apiUrl: '/vendor-api/' }, origin)).toMatchObject({
      layer: { apiUrl: 'https://audit.example.com/vendor-api' },
    })
    // Another host written without a scheme is not a path here: it stays as written, to be refused.
    expect(parseRuntimeConfig({ apiUrl: '//evil.example' }, origin)).toMatchObject({
      layer: { apiUrl: '//evil.example' },
    })
    const result = parseRuntimeConfig({ apiUrl: '//evil.example', orgId: ORG }, origin)
    if (!result.ok) throw new Error('parsed')
    expect(validateSettings(result.layer, RUNTIME_NAMES)).toMatchObject({ ok: false })
  })

  it('refuses a token and a malformed file', () => {
    expect(parseRuntimeConfig({ token: 'abc' })).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/must not contain a token/),
    })
    expect(parseRuntimeConfig({ apiUrl: 42 })).toEqual({
      ok: false,
      problem: 'config.json is not valid: "apiUrl" must be text.',
    })
    expect(parseRuntimeConfig({ source: null, orgId: ['x'] })).toMatchObject({
      ok: false,
      problem: expect.stringContaining('"source", "orgId" must be text'),
    })
    expect(parseRuntimeConfig('nope')).toMatchObject({ ok: false, problem: expect.stringContaining('one JSON object') })
    expect(parseRuntimeConfig([])).toMatchObject({ ok: false })
    expect(parseRuntimeConfig(null)).toMatchObject({ ok: false })
  })
})

describe('OpenID Connect sign-in settings', () => {
  const UIPATH = 'https://cloud.uipath.com/identity_'

  it('reads the three keys from env and config.json, later layers winning key by key', () => {
    const env = envLayer({
      VITE_AUDIT_OIDC_AUTHORITY: 'https://id.example/',
      VITE_AUDIT_OIDC_CLIENT_ID: 'env-client',
      VITE_AUDIT_OIDC_SCOPE: 'PM.Audit.Read',
    })
    const runtime = parseRuntimeConfig({ oidcAuthority: UIPATH, oidcClientId: 'file-client', oidcScope: '' })
    if (!runtime.ok) throw new Error('parsed')
    const result = validateSettings(mergeLayers(env, runtime.layer), RUNTIME_NAMES)
    expect(result).toMatchObject({
      ok: true,
      settings: { oidc: { authority: UIPATH, clientId: 'file-client', scope: 'openid profile PM.Audit.Read' } },
    })
  })

  it('always asks for openid and profile, once, and drops a trailing slash from the authority', () => {
    const result = validateSettings(
      {
        oidcAuthority: 'https://id.example/realm/',
        oidcClientId: 'c',
        oidcScope: 'openid  PM.Audit.Read offline_access',
      },
      ENV_NAMES,
    )
    expect(result).toMatchObject({
      ok: true,
      settings: {
        oidc: { authority: 'https://id.example/realm', scope: 'openid profile PM.Audit.Read offline_access' },
      },
    })
  })

  it('leaves sign-in off when no key is set', () => {
    expect(validateSettings({}, ENV_NAMES)).toMatchObject({ ok: true, settings: { oidc: undefined } })
  })

  it('names the missing or malformed key in the words of its layer', () => {
    const problems = (
      layer: Parameters<typeof validateSettings>[0],
      names: Parameters<typeof validateSettings>[1] = ENV_NAMES,
    ) => {
      const result = validateSettings(layer, names)
      return result.ok ? [] : result.problems
    }
    expect(problems({ oidcAuthority: UIPATH })).toEqual([
      'VITE_AUDIT_OIDC_CLIENT_ID is required when VITE_AUDIT_OIDC_AUTHORITY is set.',
    ])
    expect(problems({ oidcClientId: 'c' }, RUNTIME_NAMES)).toEqual([
      'config.json "oidcAuthority" is required when config.json "oidcClientId" is set.',
    ])
    expect(problems({ oidcScope: 'PM.Audit.Read' })).toEqual([
      'VITE_AUDIT_OIDC_AUTHORITY is required when VITE_AUDIT_OIDC_SCOPE is set.',
    ])
    expect(problems({ oidcAuthority: 'javascript:alert(1)', oidcClientId: 'c' })).toEqual([
      'VITE_AUDIT_OIDC_AUTHORITY is "javascript:alert(1)"; it must be an http:// or https:// URL.',
    ])
    expect(problems({ oidcAuthority: UIPATH, oidcClientId: 'c', oidcScope: 'PM.Audit.Read "x"' })[0]).toMatch(
      /^VITE_AUDIT_OIDC_SCOPE must be scopes separated by spaces/,
    )
  })

  it('refuses config.json OIDC keys that are not text', () => {
    expect(parseRuntimeConfig({ oidcClientId: 7 })).toEqual({
      ok: false,
      problem: 'config.json is not valid: "oidcClientId" must be text.',
    })
  })
})
