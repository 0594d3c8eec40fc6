/**
 * A real OpenID Connect provider (oidc-provider) for the sign-in journeys: the dashboard as a
 * public client with PKCE, one test user with a fixed password, short-lived access tokens and
 * refresh tokens for `offline_access`. Its own minimal login and consent pages (Allow / Deny).
 *
 *   tsx e2e/sign-in/oidc-test-provider.ts      (port and app origin from e2e/ports.ts)
 *
 * For tests only: in-memory storage, development signing keys, plain HTTP on 127.0.0.1.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer } from 'node:http'

import type { Account, Context } from 'oidc-provider'
import Provider from 'oidc-provider'

import { OIDC_ISSUER, OIDC_PORT, PREVIEW_PORT } from '../ports'
import { ACCESS_TOKEN_TTL_SECONDS, CLIENT_ID, TEST_USER } from './test-provider-settings'

const APP_ORIGIN = `http://127.0.0.1:${PREVIEW_PORT}`

const provider = new Provider(OIDC_ISSUER, {
  clients: [
    {
      client_id: CLIENT_ID,
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: [`${APP_ORIGIN}/auth/callback`],
      post_logout_redirect_uris: [`${APP_ORIGIN}/settings/audit-logs`],
    },
  ],
  async findAccount(_ctx: Context, id: string): Promise<Account | undefined> {
    if (id !== TEST_USER.login) return undefined
    return {
      accountId: id,
      claims: async () => ({ sub: id, name: TEST_USER.name, email: TEST_USER.email }),
    }
  },
  claims: { openid: ['sub'], profile: ['name'], email: ['email'] },
  // The name in the ID token, so the app needs no userinfo request to say who signed in.
  conformIdTokenClaims: false,
  scopes: ['openid', 'profile', 'email', 'offline_access', 'PM.Audit.Read'],
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: {
      // The default page loads a web font from a third party; this one is self-contained.
      async logoutSource(ctx: Context, form: string) {
        ctx.type = 'html'
        ctx.body = page(
          'Test provider: sign out',
          `${form}<button type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button>`,
        )
      },
    },
  },
  interactions: { url: (_ctx: Context, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
  pkce: { required: () => true },
  clientBasedCORS: (_ctx: Context, origin: string) => origin === APP_ORIGIN,
  cookies: { keys: ['e2e-only-not-a-secret'] },
  ttl: {
    AccessToken: ACCESS_TOKEN_TTL_SECONDS,
    AuthorizationCode: 60,
    IdToken: 3600,
    RefreshToken: 86_400,
    Interaction: 3600,
    Session: 86_400,
    Grant: 86_400,
  },
  // Rotating refresh tokens, as a careful provider does with public clients.
  rotateRefreshToken: true,
  async renderError(ctx: Context, out: unknown) {
    ctx.type = 'html'
    ctx.body = page('Error', `<pre>${escape(JSON.stringify(out))}</pre>`)
  },
})

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><h1>${escape(title)}</h1>${body}</body></html>`
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = ''
  for await (const chunk of req) body += chunk
  return new URLSearchParams(body)
}

function send(res: ServerResponse, html: string, status = 200) {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
  res.end(html)
}

function loginPage(uid: string, problem?: string) {
  return page(
    'Test provider: sign in',
    `${problem ? `<p role="alert">${escape(problem)}</p>` : ''}
    <form method="post" action="/interaction/${uid}/login">
      <label>Username <input name="login" autocomplete="off"></label>
      <label>Password <input name="password" type="password"></label>
      <button type="submit">Continue</button>
    </form>`,
  )
}

function consentPage(uid: string, scopes: string[]) {
  return page(
    'Test provider: allow access',
    `<p>The audit dashboard asks for: ${escape(scopes.join(' '))}</p>
    <form method="post" action="/interaction/${uid}/confirm"><button type="submit">Allow</button></form>
    <form method="post" action="/interaction/${uid}/abort"><button type="submit">Deny</button></form>`,
  )
}

async function interaction(req: IncomingMessage, res: ServerResponse, path: string) {
  const [, , uid = '', action] = path.split('/')
  const details = await provider.interactionDetails(req, res)
  if (details.uid !== uid) return send(res, page('Error', '<p>Unknown interaction</p>'), 400)
  const { prompt, params } = details
  if (req.method === 'GET') {
    if (prompt.name === 'login') return send(res, loginPage(uid))
    return send(res, consentPage(uid, String(params.scope ?? '').split(' ')))
  }
  if (action === 'login') {
    const form = await readForm(req)
    if (form.get('login') !== TEST_USER.login || form.get('password') !== TEST_USER.password) {
      return send(res, loginPage(uid, 'Wrong username or password.'), 401)
    }
    return provider.interactionFinished(
      req,
      res,
      { login: { accountId: TEST_USER.login } },
      {
        mergeWithLastSubmission: false,
      },
    )
  }
  if (action === 'confirm') {
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: details.session!.accountId, clientId: String(params.client_id) })
    const missing = prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] }
    if (missing.missingOIDCScope) grant!.addOIDCScope(missing.missingOIDCScope.join(' '))
    if (missing.missingOIDCClaims) grant!.addOIDCClaims(missing.missingOIDCClaims)
    const grantId = await grant!.save()
    return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true })
  }
  if (action === 'abort') {
    return provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: 'End-User aborted interaction' },
      { mergeWithLastSubmission: false },
    )
  }
  send(res, page('Error', '<p>Unknown action</p>'), 404)
}

const callback = provider.callback()
createServer((req, res) => {
  const url = new URL(req.url ?? '/', OIDC_ISSUER)
  if (url.pathname.startsWith('/interaction/')) {
    interaction(req, res, url.pathname).catch((error: unknown) => {
      console.error(error)
      if (!res.headersSent) send(res, page('Error', '<p>Interaction failed</p>'), 500)
    })
    return
  }
  // Like providers that issue refresh tokens for offline_access without prompt=consent (the
  // specification's rule, which oidc-provider enforces), so the app need not force a consent screen.
  if (url.pathname === '/auth' && /\boffline_access\b/.test(url.searchParams.get('scope') ?? '')) {
    if (!url.searchParams.get('prompt')) url.searchParams.set('prompt', 'consent')
    req.url = url.pathname + url.search
  }
  void callback(req, res)
}).listen(OIDC_PORT, '127.0.0.1', () => console.log(`test OpenID provider at ${OIDC_ISSUER}`))
