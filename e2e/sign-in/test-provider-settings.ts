/** What the sign-in journeys and their test provider agree on. */
export const CLIENT_ID = 'audit-dashboard-e2e'
export const TEST_USER = {
  login: 'ada',
  password: 'correct horse battery staple',
  name: 'Ada Admin',
  email: 'ada@example.test',
}
/**
 * Short, for the renewal journeys: the app renews 60 s before expiry (oidc-client-ts's notice
 * time), so with 64 s a renewal happens about every 4 s.
 */
export const ACCESS_TOKEN_TTL_SECONDS = 64
