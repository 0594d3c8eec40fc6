/** Human-readable, lower-case label shown next to a "Redacted" badge, e.g. 'password' or 'jwt'. */
export type RedactionReason = string

/** Who removed the value: the vendor server (it left a marker string) or this library. */
export type RedactionOrigin = 'server' | 'client'

export const REASON = {
  password: 'password',
  passphrase: 'passphrase',
  secret: 'secret',
  token: 'token',
  apiKey: 'api key',
  accessKey: 'access key',
  authorization: 'authorization',
  basicAuth: 'basic auth',
  bearerToken: 'bearer token',
  privateKey: 'private key',
  cardNumber: 'card number',
  cardSecurityCode: 'card security code',
  jwt: 'jwt',
  awsAccessKey: 'aws access key',
  urlCredentials: 'url credentials',
  cookie: 'cookie',
  session: 'session',
  csrfToken: 'csrf token',
  credentials: 'credentials',
  oneTimeCode: 'one time code',
  recoveryCode: 'recovery code',
  pin: 'pin',
  ssn: 'ssn',
  iban: 'iban',
  connectionString: 'connection string',
  signingKey: 'signing key',
  encryptionKey: 'encryption key',
  licenseKey: 'license key',
  signature: 'signature',
  serverRedacted: 'server redacted',
} as const satisfies Record<string, RedactionReason>

const MAX_REASON_LENGTH = 40
const FALLBACK_REASON = REASON.secret

/**
 * Reasons are printed inside `[REDACTED: reason]`. Keeping them to lower-case letters and single
 * spaces means every placeholder this library writes is recognised again on a second pass (so
 * redaction is a fixed point) and that no digits or symbols (a card number, a key) can ever hide
 * inside something that looks like a placeholder.
 */
export function normaliseReason(reason: unknown): RedactionReason {
  if (typeof reason !== 'string') return FALLBACK_REASON
  const letters = reason
    .slice(0, MAX_REASON_LENGTH * 4)
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim()
  const capped = letters.slice(0, MAX_REASON_LENGTH).trim()
  return capped === '' ? FALLBACK_REASON : capped
}
