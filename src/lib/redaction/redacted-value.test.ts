import { describe, expect, it } from 'vitest'

import { isRedactedValue, RedactedValue } from './redacted-value'

describe('RedactedValue', () => {
  it('serialises with its reason for client redactions and as [REDACTED] for server ones', () => {
    expect(
      JSON.stringify({ a: new RedactedValue('api key', 'client'), b: new RedactedValue('password', 'server') }),
    ).toBe('{"a":"[REDACTED: api key]","b":"[REDACTED]"}')
    expect(`${new RedactedValue('jwt', 'client')}`).toBe('[REDACTED: jwt]')
  })

  it('normalises reasons to lower-case words so placeholders stay recognisable', () => {
    expect(new RedactedValue('AWS Access-Key', 'client').reason).toBe('aws access key')
    expect(new RedactedValue('4111 1111 1111 1111', 'client').reason).toBe('secret')
    expect(new RedactedValue('x'.repeat(100), 'client').reason).toHaveLength(40)
    expect(new RedactedValue('jwt', 'other' as 'client').origin).toBe('client')
  })

  it('is immutable', () => {
    const value = new RedactedValue('jwt', 'client')
    expect(Object.isFrozen(value)).toBe(true)
  })

  it('is recognised only for real instances', () => {
    expect(isRedactedValue(new RedactedValue('jwt', 'client'))).toBe(true)
    expect(isRedactedValue({ reason: 'jwt', origin: 'client' })).toBe(false)
    expect(isRedactedValue('[REDACTED: jwt]')).toBe(false)
    expect(
      isRedactedValue(
        new Proxy(
          {},
          {
            getPrototypeOf: () => {
              throw new Error('no')
            },
          },
        ),
      ),
    ).toBe(false)
  })
})
