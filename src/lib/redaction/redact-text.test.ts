import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { redactText } from './redact-text'
import { detectableSecret, secretInText } from './test-arbitraries'

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZGEifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ'

describe('redactText', () => {
  it.each([
    [`token ${JWT} expired`, 'token [REDACTED: jwt] expired'],
    ['Authorization: Bearer 8f14e45fceea167a5a36dedd4bea2543', 'Authorization: [REDACTED: authorization]'],
    ['password=hunter2', 'password=[REDACTED: password]'],
    ['sent Bearer 8f14e45fceea167a5a36dedd4bea2543 upstream', 'sent Bearer [REDACTED: bearer token] upstream'],
    ['Authorization: Basic dXNlcjpwYXNzd29yZA==\nHost: x', 'Authorization: [REDACTED: authorization]\nHost: x'],
    ['GET /v1/things?api_key=abc123&limit=10', 'GET /v1/things?api_key=[REDACTED: api key]&limit=10'],
    ['username=ada&password=hunter2', 'username=ada&password=[REDACTED: password]'],
    ['DB_PASSWORD="s3cr3t value" # prod', 'DB_PASSWORD="[REDACTED: password]" # prod'],
    ['{"user":"ada","password":"hunter2","note":"x"}', '{"user":"ada","password":"[REDACTED: password]","note":"x"}'],
    ['{"user":"ada","password":"hunt', '{"user":"ada","password":"[REDACTED: password]'], // truncated body
    ['{\\"password\\":\\"hunter2\\"}', '{\\"password\\":\\"[REDACTED: password]\\"}'],
    ['Cookie: sid=abc; theme=dark', 'Cookie: [REDACTED: cookie]'],
    ['pin: 1234, ok', 'pin: [REDACTED: pin], ok'],
    [
      'connect to postgres://admin:pa@ss@db.internal:5432/app now',
      'connect to postgres://[REDACTED: url credentials]@db.internal:5432/app now',
    ],
    [
      'clone https://ghp_16C7e42F292c6912E7710c838347Ae178B4a@github.com/o/r',
      'clone https://[REDACTED: url credentials]@github.com/o/r',
    ],
    ['card 4111 1111 1111 1111 cvv 123', 'card [REDACTED: card number] cvv 123'],
    ['card 4111 1111 1111 1111 123', 'card [REDACTED: card number] 123'],
    ['key AKIAIOSFODNN7EXAMPLE used', 'key [REDACTED: aws access key] used'],
    ['-----BEGIN EC PRIVATE KEY-----\nabc\n-----END EC PRIVATE KEY-----\nrest', '[REDACTED: private key]\nrest'],
  ])('%s', (input, expected) => {
    expect(redactText(input).text).toBe(expected)
  })

  it('replaces a text that is one secret as a whole', () => {
    expect(redactText(JWT)).toEqual({
      text: '[REDACTED: jwt]',
      redactions: [{ path: [], reason: 'jwt', origin: 'client' }],
    })
  })

  it('reports every placeholder, including ones already present', () => {
    expect(redactText(`[REDACTED] and ${JWT}`).redactions).toEqual([
      { path: [], reason: 'server redacted', origin: 'server' },
      { path: [], reason: 'jwt', origin: 'client' },
    ])
  })

  it.each([
    'Deploy finished at 2024-01-15T10:00:00Z for device 507f1f77bcf86cd799439011',
    'Order 1700000000000 shipped; call +1 415-555-0100',
    'uses bearer authentication, see https://example.com/docs?page=2',
    'ssh://git@github.com/org/repo.git',
    'Note: the session expired (code: E_SESSION)',
    'Authorization: Bearer [REDACTED]',
    'password: null, token: ********',
  ])('leaves ordinary text alone: %s', (text) => {
    expect(redactText(text).text).toBe(text)
  })

  it('does not re-detect its own placeholders', () => {
    for (const text of [
      'Bearer [REDACTED: bearer token]',
      'password=[REDACTED: password]',
      'https://[REDACTED: url credentials]@h',
    ]) {
      expect(redactText(text).text).toBe(text)
    }
  })

  it('never lets a detectable secret through, alone, in a sentence or inside JSON text', () => {
    fc.assert(
      fc.property(secretInText, (secret) => {
        const { text } = redactText(secret.text)
        for (const fragment of secret.mustNotSurvive) expect(text).not.toContain(fragment)
      }),
      { numRuns: 200 },
    )
  })

  it('is idempotent', () => {
    const texts = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc
        .array(
          fc.oneof(
            fc.string({ maxLength: 20 }),
            detectableSecret.map((s) => s.text),
            fc.constantFrom(' ', '=', ':', '[REDACTED', ']', '"', 'password', '4111'),
          ),
          { maxLength: 12 },
        )
        .map((parts) => parts.join('')),
    )
    fc.assert(
      fc.property(texts, (text) => {
        const once = redactText(text)
        const twice = redactText(once.text)
        expect(twice.text).toBe(once.text)
        expect(twice.redactions).toEqual(once.redactions)
      }),
      { numRuns: 200 },
    )
  })

  it('stays linear on hostile 5 MB strings', () => {
    const size = 5_000_000
    const fill = (unit: string): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
    for (const unit of [
      'a',
      'eyJ',
      '1',
      '123 ',
      '-----BEGIN RSA PRIVATE KEY-----',
      'https://',
      'a://b@',
      'Bearer ',
      'AKIA',
      'Basic ',
      'sk-',
      'x'.repeat(63) + '-',
      '[',
      '"',
      '*',
    ]) {
      const started = performance.now()
      redactText(fill(unit))
      expect(performance.now() - started, unit).toBeLessThan(3000)
    }
  })
})
