/**
 * Where the e2e servers listen. `E2E_PORT_OFFSET` moves them all, so two checkouts on one machine
 * can run their suites side by side without one reusing the other's server.
 */
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0)

export const DEMO_PORT = 4174 + offset
export const PREVIEW_PORT = 4173 + offset
export const NGINX_PORT = 4175 + offset
export const MOCK_API_PORT = 8787 + offset
export const MOCK_API_URL = `http://127.0.0.1:${MOCK_API_PORT}`
/** The OpenID provider the sign-in journeys sign in with (e2e/sign-in/oidc-test-provider.ts). */
export const OIDC_PORT = 4176 + offset
export const OIDC_ISSUER = `http://127.0.0.1:${OIDC_PORT}`
