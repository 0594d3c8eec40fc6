import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { isCardNumber, passesLuhn } from './card-number-rules'
import { detectSecretValue } from './detect-secret-value'
import {
  awsAccessKeySecret,
  cardNumberSecret,
  jwtSecret,
  knownTokenSecret,
  pemSecret,
  withLuhnCheckDigit,
} from './test-arbitraries'

const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'

describe('detectSecretValue', () => {
  it.each([
    [JWT, 'jwt'],
    [`  ${JWT}\n`, 'jwt'],
    ['eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.', 'jwt'],
    [`Bearer ${JWT}`, 'bearer token'],
    ['Bearer 8f14e45fceea167a5a36dedd4bea2543', 'bearer token'],
    ['bearer abc.DEF-123_456', 'bearer token'],
    ['Basic dXNlcjpwYXNzd29yZA==', 'basic auth'],
    ['AKIAIOSFODNN7EXAMPLE', 'aws access key'],
    ['ASIAY34FZKBOKMUTVV7A', 'aws access key'],
    ['-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----', 'private key'],
    ['-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC', 'private key'],
    ['4111111111111111', 'card number'],
    ['4111 1111 1111 1111', 'card number'],
    ['5555-5555-5555-4444', 'card number'],
    ['378282246310005', 'card number'],
    ['3782 822463 10005', 'card number'],
    ['6011111111111117', 'card number'],
    ['4222222222222', 'card number'],
    ['ghp_16C7e42F292c6912E7710c838347Ae178B4a', 'token'],
    ['sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'api key'],
    ['AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe', 'api key'],
  ])('%s → %s', (value, reason) => {
    expect(detectSecretValue(value)).toBe(reason)
  })

  it.each([
    '',
    'Ada',
    '507f1f77bcf86cd799439011', // Mongo ObjectId
    '2024-01-15T10:00:00.000Z',
    '2024-01-15 10:00:00',
    '1700000000000', // epoch ms: passes Luhn by chance for some values, but no issuer starts with 1
    '1700000000009',
    '123e4567-e89b-12d3-a456-426614174000',
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', // sha-256
    '+1 415-555-0100',
    '4111111111111112', // fails Luhn
    '9111111111111110', // Luhn-valid, no issuer
    '1.2.3',
    'Bearer token',
    'uses bearer authentication',
    'Basic plan',
    'https://example.com/path?q=1',
    'ssh://git@github.com/org/repo.git',
    'https://user:pass@example.com', // contains a secret, but is not one as a whole
    '[REDACTED: bearer token]',
    '[REDACTED]',
    'AKIAIOSFODNN7EXAMPLE2', // 21 characters: not an access key id
    'eyJ',
    'password: null',
    'password=hunter2', // contains a secret: redactJson/redactText give "password=[REDACTED: password]"
    'api_key: abc123',
    'token=',
  ])('%s is not a secret by itself', (value) => {
    expect(detectSecretValue(value)).toBeNull()
  })

  it('detects every generated JWT, PEM key, AWS key id, card number and known token format', () => {
    fc.assert(
      fc.property(fc.oneof(jwtSecret, pemSecret, awsAccessKeySecret, cardNumberSecret, knownTokenSecret), (secret) => {
        expect(detectSecretValue(secret.text)).not.toBeNull()
      }),
    )
  })

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        detectSecretValue(s)
      }),
    )
    expect(detectSecretValue(42 as unknown as string)).toBeNull()
  })
})

describe('card number rules', () => {
  it('requires Luhn, an issuer prefix and an issuer length', () => {
    expect(passesLuhn('79927398713')).toBe(true)
    expect(passesLuhn('79927398710')).toBe(false)
    expect(isCardNumber('4111111111111111')).toBe(true)
    expect(isCardNumber(withLuhnCheckDigit('411111111111111111'))).toBe(true) // Visa 19
    expect(isCardNumber(withLuhnCheckDigit('41111111111111'))).toBe(false) // Visa never has 15 digits
    expect(isCardNumber(withLuhnCheckDigit('3411111111111111'))).toBe(false) // Amex is 15 digits
    expect(isCardNumber(withLuhnCheckDigit('170000000000'))).toBe(false)
    expect(isCardNumber('4111-1111-1111-1111')).toBe(false) // digits only
  })
})
