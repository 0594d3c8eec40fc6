import fc from 'fast-check'

import { canonicalJson, fnv1a64, UIPATH_ID_PATTERN, uniqueIds } from './stable-id'

describe('fnv1a64', () => {
  it('matches the published FNV-1a 64-bit test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325')
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c')
    expect(fnv1a64('foobar')).toBe('85944171f73967e8')
  })

  it('hashes the UTF-8 bytes, so non-ASCII text is stable', () => {
    expect(fnv1a64('Zoë')).toBe(fnv1a64('Zo\u00eb'))
    expect(fnv1a64('Zoë')).not.toBe(fnv1a64('Zoe\u0308'))
  })

  it('always gives 16 hex digits', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => /^[0-9a-f]{16}$/.test(fnv1a64(text))))
  })
})

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[{"y":2,"z":1}]},"b":1}')
  })
})

describe('uniqueIds', () => {
  it('suffixes repeats in page order, in the format isEventId accepts', () => {
    const ids = uniqueIds(['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb', 'aaaaaaaaaaaaaaaa', 'aaaaaaaaaaaaaaaa'])
    expect(ids).toEqual(['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb', 'aaaaaaaaaaaaaaaa-2', 'aaaaaaaaaaaaaaaa-3'])
    expect(ids.every((id) => UIPATH_ID_PATTERN.test(id))).toBe(true)
  })
})
