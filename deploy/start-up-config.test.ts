// @vitest-environment node
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { contentSecurityPolicy } from '../src/config/content-security-policy'

/** The nginx image's start-up script, run as the image runs it, into a scratch folder. */
const SCRIPT = path.resolve('deploy/docker-entrypoint.d/15-audit-dashboard-config.sh')
const run = promisify(execFile)
const ORG = '5f1e0c6a9d3b2a0017c4e8a1'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'audit-start-up-'))
  mkdirSync(path.join(dir, 'html'))
  mkdirSync(path.join(dir, 'conf', 'audit-dashboard'), { recursive: true })
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

async function start(env: Record<string, string>) {
  const { PATH } = process.env
  await run('sh', [SCRIPT], {
    env: { PATH, AUDIT_STATIC_ROOT: path.join(dir, 'html'), AUDIT_NGINX_CONF_DIR: path.join(dir, 'conf'), ...env },
  })
  return {
    config: JSON.parse(readFileSync(path.join(dir, 'html', 'config.json'), 'utf8')) as unknown,
    header: readFileSync(path.join(dir, 'conf', 'audit-dashboard', 'content-security-policy.conf'), 'utf8'),
  }
}

describe('the nginx image’s start-up script', () => {
  it('points config.json at the proxy and sends the same-origin policy', async () => {
    const { config, header } = await start({ AUDIT_API_UPSTREAM: 'https://api.losant.com', AUDIT_ORG_ID: ORG })
    expect(config).toEqual({ source: 'losant', apiUrl: '/vendor-api', orgId: ORG })
    expect(header).toContain(`add_header Content-Security-Policy "${contentSecurityPolicy([])}" always;`)
  })

  it('names the sign-in provider in config.json and lets the page reach its origin', async () => {
    const { config, header } = await start({
      AUDIT_API_UPSTREAM: 'https://cloud.uipath.com/acme/DefaultTenant',
      AUDIT_SOURCE: 'uipath',
      AUDIT_OIDC_AUTHORITY: 'https://cloud.uipath.com/identity_',
      AUDIT_OIDC_CLIENT_ID: 'a1b2c3d4-0000-4000-8000-000000000000',
      AUDIT_OIDC_SCOPE: 'PM.Audit.Read offline_access',
      AUDIT_CSP_CONNECT_SRC: 'https://login.example.com',
    })
    expect(config).toEqual({
      source: 'uipath',
      apiUrl: '/vendor-api',
      oidcAuthority: 'https://cloud.uipath.com/identity_',
      oidcClientId: 'a1b2c3d4-0000-4000-8000-000000000000',
      oidcScope: 'PM.Audit.Read offline_access',
    })
    const policy = contentSecurityPolicy(['https://cloud.uipath.com/identity_', 'https://login.example.com'])
    expect(header).toContain(`add_header Content-Security-Policy "${policy}" always;`)
  })

  it.each([
    [{}, /AUDIT_API_UPSTREAM/],
    [{ AUDIT_API_UPSTREAM: 'ftp://x' }, /http:\/\/ or https:\/\//],
    [{ AUDIT_API_UPSTREAM: 'https://api.losant.com', AUDIT_ORG_ID: 'nope' }, /24-hex/],
    [{ AUDIT_API_UPSTREAM: 'https://x', AUDIT_SOURCE: 'splunk' }, /losant, uipath or bloodhound/],
    [{ AUDIT_API_UPSTREAM: 'https://x', AUDIT_SOURCE: 'uipath', AUDIT_OIDC_AUTHORITY: 'https://id' }, /CLIENT_ID/],
    [{ AUDIT_API_UPSTREAM: 'https://x', AUDIT_SOURCE: 'uipath', AUDIT_CSP_CONNECT_SRC: "'unsafe-eval'" }, /origins/],
    [{ AUDIT_API_UPSTREAM: 'https://x"; evil', AUDIT_SOURCE: 'uipath' }, /AUDIT_API_UPSTREAM/],
  ])('refuses to start on a bad setting (%j), saying which', async (env, message) => {
    const failure = await start(env as Record<string, string>).then(
      () => undefined,
      (error: { stderr?: string }) => error.stderr,
    )
    expect(failure).toMatch(message)
  })
})
