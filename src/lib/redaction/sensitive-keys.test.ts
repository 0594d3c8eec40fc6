import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { isSensitiveKey } from './sensitive-keys'
import { denyListedKey } from './test-arbitraries'

describe('isSensitiveKey', () => {
  it.each([
    ['password', 'password'],
    ['newPassword', 'password'],
    ['DB_PASSWORD', 'password'],
    ['mysql_pwd', 'password'],
    ['pass', 'password'],
    ['secret', 'secret'],
    ['client_secret', 'secret'],
    ['webhookSecret', 'secret'],
    ['token', 'token'],
    ['accessToken', 'token'],
    ['refresh_token', 'token'],
    ['id_token', 'token'],
    ['XSRF-TOKEN', 'csrf token'],
    ['x-csrftoken', 'csrf token'],
    ['invitationToken', 'token'],
    ['usertoken', 'token'],
    ['tokens', 'token'],
    ['apiKey', 'api key'],
    ['x-api-key', 'api key'],
    ['X-Api-Key', 'api key'],
    ['auth', 'authorization'],
    ['basic_auth', 'authorization'],
    ['Authorization', 'authorization'],
    ['Proxy-Authorization', 'authorization'],
    ['credentials', 'credentials'],
    ['private_key', 'private key'],
    ['privateKey', 'private key'],
    ['AWS_SECRET_ACCESS_KEY', 'access key'],
    ['accessKeyId', 'access key'],
    ['Set-Cookie', 'cookie'],
    ['cookie', 'cookie'],
    ['session', 'session'],
    ['sessionId', 'session'],
    ['PHPSESSID', 'session'],
    ['connect.sid', 'session'],
    ['otp', 'one time code'],
    ['mfaCode', 'one time code'],
    ['card[number]', 'card number'],
    ['cardNumber', 'card number'],
    ['creditCard', 'card number'],
    ['pan', 'card number'],
    ['cvv', 'card security code'],
    ['cvv2', 'card security code'],
    ['iban', 'iban'],
    ['ssn', 'ssn'],
    ['socialSecurityNumber', 'ssn'],
    ['pin', 'pin'],
    ['userPin', 'pin'],
    ['passphrase', 'passphrase'],
    ['connectionString', 'connection string'],
    ['SENTRY_DSN', 'connection string'],
    ['signingKey', 'signing key'],
    ['encryption_key', 'encryption key'],
    ['signature', 'signature'],
    ['X-Amz-Signature', 'signature'],
    ['jwt', 'jwt'],
    ['passwordHash', 'password'],
    ['tokenValue', 'token'],
    // Odd capitals split into odd words; the trailing "On" must not read as a timestamp suffix.
    ['authORIzAtiOn', 'authorization'],
    ['authOriZAtIOn', 'authorization'],
  ])('%s is sensitive (%s)', (key, reason) => {
    expect(isSensitiveKey(key)).toBe(reason)
  })

  // Decided false positives to avoid. Values under these keys are still walked and scanned by
  // every value detector, so a recognisable secret under them is still caught.
  it.each([
    'author',
    'authored',
    'authorName',
    'authority',
    'authenticated',
    'keyboard',
    'monkey',
    'key',
    'keyId',
    'publicKey',
    'tokenType',
    'token_type',
    'tokenCount',
    'token_expires_in',
    'refreshTokenExpiresAt',
    'passwordPolicy',
    'passwordLength',
    'password_min_length',
    'passwordUpdatedAt',
    'secretName',
    'secretary',
    'prompt_tokens',
    'completion_tokens',
    'maxTokens',
    'nextPageToken',
    'NextToken',
    'sessions',
    'sessionCount',
    'spinner',
    'pinned',
    'panel',
    'company',
    'passenger',
    'bypass',
    'cookieConsent',
    'signatureMethod',
    'description',
    'code',
    'id',
    '',
    '__proto__',
    'constructor',
    '[REDACTED: jwt]',
  ])('%s is not sensitive', (key) => {
    expect(isSensitiveKey(key)).toBeNull()
  })

  it('recognises every deny-listed key in any case and with any separator', () => {
    fc.assert(
      fc.property(denyListedKey, (key) => {
        expect(isSensitiveKey(key)).not.toBeNull()
      }),
      // Cheap per run, and case variants are many: enough runs that a rare spelling is met here
      // rather than by chance in another suite.
      { numRuns: 5000 },
    )
  })

  it('never throws and returns a lower-case reason or null', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (key) => {
        const reason = isSensitiveKey(key)
        expect(reason === null || /^[a-z]+(?: [a-z]+)*$/.test(reason)).toBe(true)
      }),
    )
    expect(isSensitiveKey(`${'a'.repeat(1_000_000)}Password`)).toBe('password')
    expect(isSensitiveKey(undefined as unknown as string)).toBeNull()
  })
})
