import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  DEFAULT_SERVER_MARKERS,
  isRedactedValue,
  type RedactedJson,
  RedactedValue,
  redactJson,
  redactJsonInSlices,
} from './index'
import {
  denyListedKey,
  detectableSecret,
  neutralKey,
  plantedInJson,
  secretInText,
  secretUnderKey,
} from './test-arbitraries'

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZGEifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ'
const client = (reason: string): RedactedValue => new RedactedValue(reason, 'client')
const server = (reason: string): RedactedValue => new RedactedValue(reason, 'server')
const serialised = (value: unknown): string => JSON.stringify(value)

describe('redactJson: sensitive keys', () => {
  it('replaces the whole value under a sensitive key, at any depth, and reports paths and reasons', () => {
    const input = {
      user: { name: 'Ada', password: 'hunter2', profile: { apiKey: 12345 } },
      sessions: [{ id: 's1', sessionToken: { value: 'abc', expires: 1 } }, { cookies: ['a=1'] }],
      headers: { Authorization: 'Bearer abcdef123456', 'x-request-id': 'r1' },
    }
    const { value, redactions } = redactJson(input)
    expect(value).toEqual({
      user: { name: 'Ada', password: client('password'), profile: { apiKey: client('api key') } },
      sessions: [{ id: 's1', sessionToken: client('session') }, { cookies: client('cookie') }],
      headers: { Authorization: client('authorization'), 'x-request-id': 'r1' },
    })
    expect(redactions).toEqual([
      { path: ['user', 'password'], reason: 'password', origin: 'client' },
      { path: ['user', 'profile', 'apiKey'], reason: 'api key', origin: 'client' },
      { path: ['sessions', 0, 'sessionToken'], reason: 'session', origin: 'client' },
      { path: ['sessions', 1, 'cookies'], reason: 'cookie', origin: 'client' },
      { path: ['headers', 'Authorization'], reason: 'authorization', origin: 'client' },
    ])
  })

  it('keeps null, empty strings and booleans under sensitive keys: nothing secret there', () => {
    const input = { password: null, token: '', secret: false, pin: true }
    expect(redactJson(input)).toEqual({ value: input, redactions: [] })
  })

  it('serialises client redactions with their reason and server ones as [REDACTED]', () => {
    const { value } = redactJson({ password: 'x', apiKey: '[Filtered]' })
    expect(serialised(value)).toBe('{"password":"[REDACTED: password]","apiKey":"[REDACTED]"}')
  })

  it('never lets a value planted under a deny-listed key survive, at any depth', () => {
    const planted = plantedInJson(
      fc.record({
        key: denyListedKey,
        secret: secretUnderKey,
        siblings: fc.dictionary(neutralKey, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
        shape: fc.constantFrom('property', 'name-value', 'tuple'),
        nameField: fc.constantFrom('name', 'key', 'Key', 'header'),
      }),
      ({ key, secret, siblings, shape, nameField }) => {
        if (shape === 'tuple') return [key, secret.value]
        if (shape === 'name-value') return { ...siblings, [nameField]: key, value: secret.value }
        return { ...siblings, [key]: secret.value }
      },
    )
    fc.assert(
      fc.property(planted, ({ input, leaf }) => {
        expect(serialised(redactJson(input).value)).not.toContain(leaf.secret.needle)
      }),
      { numRuns: 200 },
    )
  })

  it('treats the value of a name/value record or a [name, value] tuple as sitting under that name', () => {
    const input = {
      har: {
        headers: [
          { name: 'Authorization', value: 'Basic abc' },
          { name: 'Accept', value: 'application/json' },
        ],
      },
      tags: [
        { Key: 'db_password', Value: 's3cret' },
        { key: 'floor', value: '3' },
      ],
      rawHeaders: [
        ['Cookie', 'theme=dark'],
        ['Host', 'example.com'],
      ],
      plain: { name: 'Ada', value: 3 },
    }
    expect(redactJson(input)).toEqual({
      value: {
        har: {
          headers: [
            { name: 'Authorization', value: client('authorization') },
            { name: 'Accept', value: 'application/json' },
          ],
        },
        tags: [
          { Key: 'db_password', Value: client('password') },
          { key: 'floor', value: '3' },
        ],
        rawHeaders: [
          ['Cookie', client('cookie')],
          ['Host', 'example.com'],
        ],
        plain: { name: 'Ada', value: 3 },
      },
      redactions: [
        { path: ['har', 'headers', 0, 'value'], reason: 'authorization', origin: 'client' },
        { path: ['tags', 0, 'Value'], reason: 'password', origin: 'client' },
        { path: ['rawHeaders', 0, 1], reason: 'cookie', origin: 'client' },
      ],
    })
  })

  it('finds deny-listed keys 150 levels down, inside arrays of objects', () => {
    let input: unknown = { items: [{ refresh_token: 'Zq-deep-secret' }] }
    for (let i = 0; i < 150; i++) input = i % 2 === 0 ? [input] : { child: input }
    expect(serialised(redactJson(input).value)).not.toContain('Zq-deep-secret')
  })
})

describe('redactJson: server markers', () => {
  it.each(DEFAULT_SERVER_MARKERS)('turns the marker %s into a server RedactedValue', (marker) => {
    expect(redactJson({ note: marker, nested: [` ${marker} `] })).toEqual({
      value: { note: server('server redacted'), nested: [server('server redacted')] },
      redactions: [
        { path: ['note'], reason: 'server redacted', origin: 'server' },
        { path: ['nested', 0], reason: 'server redacted', origin: 'server' },
      ],
    })
  })

  it('uses the key reason for a marker under a sensitive key', () => {
    expect(redactJson({ password: '********' }).value).toEqual({ password: server('password') })
  })

  it('treats any run of three or more stars as a marker by default', () => {
    expect(redactJson(['***', '*****************', '**', 'a***']).value).toEqual([
      server('server redacted'),
      server('server redacted'),
      '**',
      'a***',
    ])
  })

  it('uses only the given markers (plus [REDACTED], our own server placeholder) when told to', () => {
    const { value } = redactJson(
      { a: '<<scrubbed>>', b: '[FILTERED]', c: '[REDACTED]', d: '********' },
      { serverMarkers: ['<<scrubbed>>'] },
    )
    expect(value).toEqual({
      a: server('server redacted'),
      b: '[FILTERED]',
      c: server('server redacted'),
      d: '********',
    })
  })
})

describe('redactJson: secret values under any key', () => {
  it('replaces a string that is a secret as a whole, and secrets inside longer strings', () => {
    const { value, redactions } = redactJson({
      token: 'x', // sensitive key, for contrast
      id: JWT,
      message: `login with ${JWT} failed`,
      dsnUrl: 'postgres://app:pa55word@db:5432/app',
      card: '4111 1111 1111 1111',
    })
    expect(value).toEqual({
      token: client('token'),
      id: client('jwt'),
      message: 'login with [REDACTED: jwt] failed',
      dsnUrl: 'postgres://[REDACTED: url credentials]@db:5432/app',
      card: client('card number'),
    })
    expect(redactions.map((r) => [r.path, r.reason])).toEqual([
      [['token'], 'token'],
      [['id'], 'jwt'],
      [['message'], 'jwt'],
      [['dsnUrl'], 'url credentials'],
      [['card'], 'card number'],
    ])
  })

  it('redacts inside strings that hold JSON and reports it at the string', () => {
    const body = JSON.stringify({ user: 'ada', password: 'hunter2', nested: [{ note: `Bearer ${JWT}` }] }, null, 2)
    const { value, redactions } = redactJson({ request: { body } })
    const redactedBody = (value as { request: { body: string } }).request.body
    expect(JSON.parse(redactedBody)).toEqual({
      user: 'ada',
      password: '[REDACTED: password]',
      nested: [{ note: '[REDACTED: bearer token]' }],
    })
    expect(redactions).toEqual([
      { path: ['request', 'body'], reason: 'password', origin: 'client' },
      { path: ['request', 'body'], reason: 'bearer token', origin: 'client' },
    ])
  })

  it('keeps JSON text byte for byte when nothing in it is secret', () => {
    const body = '{ "a": 1,\n  "b": [true, null, "2024-01-15T10:00:00Z"] }'
    expect(redactJson({ body }).value).toEqual({ body })
  })

  it('redacts secrets in object keys, keeping colliding keys apart', () => {
    const { value, redactions } = redactJson({ [JWT]: 1, [`${JWT}x`]: 2, '[REDACTED: jwt]': 3, plain: 4 })
    expect(value).toEqual({ '[REDACTED: jwt]': 3, '[REDACTED: jwt] (2)': 1, '[REDACTED: jwt] (3)': 2, plain: 4 })
    expect(Object.keys(value as object)).toEqual([
      '[REDACTED: jwt] (2)',
      '[REDACTED: jwt] (3)',
      '[REDACTED: jwt]',
      'plain',
    ])
    expect(redactions).toHaveLength(3)
  })

  it('never lets a detectable secret survive under a non-sensitive key: alone, in text, or in a JSON string', () => {
    const planted = plantedInJson(fc.tuple(neutralKey, secretInText), ([key, secret]) => ({ [key]: secret.text }))
    fc.assert(
      fc.property(planted, ({ input, leaf: [, secret] }) => {
        const out = serialised(redactJson(input).value)
        for (const fragment of secret.mustNotSurvive) expect(out).not.toContain(fragment)
      }),
      { numRuns: 200 },
    )
  })

  it('redacts detectable secrets used as array items and as keys', () => {
    fc.assert(
      fc.property(detectableSecret, (secret) => {
        const out = serialised(redactJson({ list: [secret.text], map: { [secret.text]: true } }).value)
        for (const fragment of secret.mustNotSurvive) expect(out).not.toContain(fragment)
      }),
    )
  })
})

describe('redactJson: strings repeated through a body', () => {
  // Clean strings are remembered within a walk; these cases must never be taken for them.
  it('redacts a secret and reports a placeholder at every place it appears, not only the first', () => {
    const note = 'rotated, old one was [REDACTED] by the vendor'
    const secret = `token ${JWT}`
    const input = {
      items: [
        { note, detail: secret, site: 'Dock 3 north' },
        { note, detail: secret, site: 'Dock 3 north' },
      ],
    }
    const { value, redactions } = redactJson(input)
    const item = { note, detail: 'token [REDACTED: jwt]', site: 'Dock 3 north' }
    expect(value).toEqual({ items: [item, item] })
    expect(redactions).toEqual([
      { path: ['items', 0, 'note'], reason: 'server redacted', origin: 'server' },
      { path: ['items', 0, 'detail'], reason: 'jwt', origin: 'client' },
      { path: ['items', 1, 'note'], reason: 'server redacted', origin: 'server' },
      { path: ['items', 1, 'detail'], reason: 'jwt', origin: 'client' },
    ])
  })

  it('still replaces a string found clean elsewhere once it sits under a sensitive key', () => {
    const { value } = redactJson([{ label: 'correct-horse-battery' }, { password: 'correct-horse-battery' }])
    expect(value).toEqual([{ label: 'correct-horse-battery' }, { password: client('password') }])
  })

  it('gives the same answer for every copy of a string, however many copies there are', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom('Freezer 00012', `x ${JWT}`, '[Filtered]'), fc.string()), { maxLength: 40 }),
        (strings) => {
          const { value, redactions } = redactJson([...strings, ...strings])
          const items = value as RedactedJson[]
          expect(serialised(items.slice(strings.length))).toBe(serialised(items.slice(0, strings.length)))
          const inSecondHalf = redactions.filter((r) => (r.path[0] as number) >= strings.length)
          expect(inSecondHalf.length * 2).toBe(redactions.length)
        },
      ),
    )
  })
})

describe('redactJson: false positives we avoid', () => {
  it.each([
    { author: 'Ada', authorName: 'Ada Lovelace', authored: true },
    { deviceCount: 1700000000000, timestamp: 1700000000000, time: '1700000000000' },
    { id: '507f1f77bcf86cd799439011', deviceId: '5f2b8c0e1c9d440000a1b2c3' },
    { createdAt: '2024-01-15T10:00:00.000Z', updatedAt: '2024-01-15T10:00:00+02:00' },
    {
      uuid: '123e4567-e89b-12d3-a456-426614174000',
      sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    },
    { tokenType: 'Bearer', token_type: 'bearer', expires_in: 3600, scope: 'read write' },
    { passwordPolicy: { minLength: 12, requireSymbols: true }, passwordLength: 12 },
    { usage: { prompt_tokens: 12, completion_tokens: 40, total_tokens: 52 }, maxTokens: 4096 },
    {
      keyboard: 'qwerty',
      monkey: 'island',
      key: 'settings.theme',
      publicKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl',
    },
    { nextPageToken: 'CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA', phone: '+1 415-555-0100', version: '1.2.3' },
    {
      description: 'Uses bearer authentication on the Basic plan',
      url: 'https://example.com/a?b=c',
      repo: 'ssh://git@github.com/o/r.git',
    },
  ])('leaves %j untouched', (input) => {
    expect(redactJson(input)).toEqual({ value: input, redactions: [] })
  })
})

describe('redactJson: idempotence', () => {
  const inputs = fc.oneof(
    plantedInJson(fc.tuple(denyListedKey, secretUnderKey), ([key, secret]) => ({ [key]: secret.value })).map(
      ({ input }) => input,
    ),
    plantedInJson(fc.tuple(denyListedKey, secretUnderKey), ([key, secret]) => [
      { name: key, value: secret.value },
      [key, secret.value],
    ]).map(({ input }) => input),
    plantedInJson(fc.tuple(neutralKey, secretInText), ([key, secret]) => ({ [key]: secret.text })).map(
      ({ input }) => input,
    ),
    plantedInJson(detectableSecret, (secret) => ({ [secret.text]: secret.text })).map(({ input }) => input),
    fc.jsonValue(),
    fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withNullPrototype: true,
      withSparseArray: true,
      withTypedArray: true,
    }),
  )

  it('is a fixed point: redacting the output again changes nothing and reports the same redactions', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const once = redactJson(input)
        const twice = redactJson(once.value)
        expect(twice.value).toEqual(once.value)
        expect(serialised(twice.value)).toBe(serialised(once.value))
        expect(twice.redactions).toEqual(once.redactions)
      }),
      { numRuns: 200 },
    )
  })

  it('survives a serialisation round trip (export, re-import, redact again)', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const once = redactJson(input)
        const again = redactJson(JSON.parse(serialised(once.value)))
        expect(serialised(again.value)).toBe(serialised(once.value))
        expect(again.redactions).toEqual(once.redactions)
      }),
      { numRuns: 200 },
    )
  })

  it('passes RedactedValues through untouched', () => {
    const value = { a: client('jwt'), b: [server('server redacted')], password: client('something else') }
    expect(redactJson(value)).toEqual({
      value,
      redactions: [
        { path: ['a'], reason: 'jwt', origin: 'client' },
        { path: ['b', 0], reason: 'server redacted', origin: 'server' },
        { path: ['password'], reason: 'something else', origin: 'client' },
      ],
    })
  })
})

describe('redactJson: totality and purity', () => {
  it('never throws on anything, and returns fresh JSON-like values', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withObjectString: true,
          withSparseArray: true,
          withTypedArray: true,
          withUnicodeString: true,
        }),
        (input) => {
          const { value } = redactJson(input)
          expect(() => JSON.stringify(value)).not.toThrow()
          assertJsonLike(value, input)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('converts non-JSON values the way JSON.stringify would', () => {
    const date = new Date('2024-01-15T10:00:00.000Z')
    const sparse: unknown[] = [1]
    sparse[3] = 2
    const input = {
      u: undefined,
      f: () => 1,
      s: Symbol('x'),
      n: NaN,
      i: -Infinity,
      z: -0,
      b: 10n,
      d: date,
      boxed: Object('x'),
      arr: [undefined, () => 1],
      sparse,
    }
    expect(redactJson(input).value).toEqual({
      n: null,
      i: null,
      z: 0,
      b: '10',
      d: '2024-01-15T10:00:00.000Z',
      boxed: 'x',
      arr: [null, null],
      sparse: [1, null, null, 2],
    })
    expect(redactJson(undefined).value).toBeNull()
    expect(redactJson(Symbol('x')).value).toBeNull()
    expect(redactJson({ cardNumber: 4111111111111111n }).value).toEqual({ cardNumber: client('card number') })
  })

  it('survives cycles, throwing getters, revoked proxies and hostile toJSON', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' }
    cyclic.self = cyclic
    cyclic.list = [cyclic]
    const getter = Object.defineProperty({ ok: 1 }, 'boom', {
      enumerable: true,
      get: () => {
        throw new Error('no')
      },
    })
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    const trap = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no')
        },
      },
    )
    const toJSONThrows = {
      toJSON: () => {
        throw new Error('no')
      },
    }
    const toJSONSelf = {
      toJSON(): unknown {
        return this
      },
    }
    const { value } = redactJson({ cyclic, getter, proxy, trap, toJSONThrows, toJSONSelf, password: getter })
    expect(value).toEqual({
      cyclic: { name: 'loop', self: '[circular reference]', list: ['[circular reference]'] },
      getter: { ok: 1 },
      proxy: null,
      trap: null,
      toJSONThrows: null,
      toJSONSelf: {},
      password: client('password'), // replaced without being read
    })
  })

  it('handles 100,000 levels of nesting without recursion', () => {
    let arrays: unknown = 'AKIAIOSFODNN7EXAMPLE'
    let objects: unknown = { password: 'x' }
    for (let i = 0; i < 100_000; i++) {
      arrays = [arrays]
      objects = { child: objects }
    }
    const arraysAsJson = `${'['.repeat(100_000)}"AKIAIOSFODNN7EXAMPLE"${']'.repeat(100_000)}`
    for (const input of [arrays, objects, arraysAsJson, { body: arraysAsJson }]) {
      const { value } = redactJson(input)
      const text = JSON.stringify(value)
      expect(text).toContain('[truncated: nested deeper than 200 levels]')
      expect(text).not.toContain('AKIA')
    }
    expect(serialised(redactJson([[[['x']]]], { maxDepth: 2 }).value)).toBe(
      '[[["[truncated: nested deeper than 2 levels]"]]]',
    )
  })

  it('keeps __proto__ and constructor keys as own data, without touching prototypes', () => {
    const input: unknown = JSON.parse(
      '{"__proto__": {"password": "x", "polluted": true}, "constructor": {"prototype": {"token": "y"}}}',
    )
    const { value } = redactJson(input)
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
    expect(Object.keys(value as object)).toEqual(['__proto__', 'constructor'])
    expect(serialised(value)).toBe(
      '{"__proto__":{"password":"[REDACTED: password]","polluted":true},"constructor":{"prototype":{"token":"[REDACTED: token]"}}}',
    )
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('does not mutate its input', () => {
    const inputs = fc
      .oneof(
        plantedInJson(fc.tuple(denyListedKey, secretUnderKey), ([key, secret]) => ({ [key]: secret.value })),
        plantedInJson(fc.tuple(neutralKey, secretInText), ([key, secret]) => ({ [key]: secret.text })),
      )
      .map(({ input }) => input)
    fc.assert(
      fc.property(inputs, (input) => {
        const before = structuredClone(input)
        redactJson(deepFreeze(input))
        expect(input).toEqual(before)
      }),
    )
  })
})

function assertJsonLike(value: RedactedJson, input: unknown, seen = new Set<unknown>()): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return
  if (typeof value === 'number') {
    expect(Number.isFinite(value)).toBe(true)
    return
  }
  if (isRedactedValue(value)) return
  expect(value).not.toBe(input)
  expect(seen.has(value)).toBe(false)
  seen.add(value)
  if (Array.isArray(value)) {
    value.forEach((item) => assertJsonLike(item, undefined, seen))
    return
  }
  expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
  for (const item of Object.values(value)) assertJsonLike(item, undefined, seen)
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const item of Object.values(value)) deepFreeze(item)
  }
  return value
}

describe('redactJsonInSlices', () => {
  // No time budget at all: it pauses at every look at the clock, the most a walk can be cut up.
  const everyChance = (onPause = () => {}) => ({ sliceMs: 0, pause: () => Promise.resolve(onPause()) })

  it('gives what redactJson gives, value and redactions, however often it pauses', async () => {
    const inputs = fc.oneof(
      plantedInJson(fc.tuple(denyListedKey, secretUnderKey), ([key, secret]) => ({ [key]: secret.value })).map(
        ({ input }) => input,
      ),
      plantedInJson(fc.tuple(neutralKey, secretInText), ([key, secret]) => ({ [key]: secret.text })).map(
        ({ input }) => input,
      ),
      fc.array(fc.jsonValue({ maxDepth: 3 }), { minLength: 50, maxLength: 400 }),
      fc.anything({
        withBigInt: true,
        withBoxedValues: true,
        withDate: true,
        withMap: true,
        withNullPrototype: true,
        withSparseArray: true,
      }),
    )
    await fc.assert(
      fc.asyncProperty(inputs, async (input) => {
        const whole = redactJson(input)
        const sliced = await redactJsonInSlices(input, everyChance())
        expect(serialised(sliced.value)).toBe(serialised(whole.value))
        expect(sliced.value).toEqual(whole.value)
        expect(sliced.redactions).toEqual(whole.redactions)
      }),
      { numRuns: 150 },
    )
  })

  it('pauses while walking a large body, and still redacts every secret in it', async () => {
    const body = {
      devices: Array.from({ length: 3_000 }, (_, i) => ({
        id: `device-${i}`,
        name: `Sensor ${i}`,
        apiToken: `Zq-secret-${i}-abcdefgh`,
      })),
      note: `Authorization: Bearer ${JWT}`,
    }
    let pauses = 0
    const result = await redactJsonInSlices(
      body,
      everyChance(() => pauses++),
    )
    expect(pauses).toBeGreaterThan(10)
    expect(serialised(result.value)).not.toMatch(/Zq-secret-|eyJhbGci/)
    expect(result.redactions).toHaveLength(3_001)
    expect(result).toEqual(redactJson(body))
  })
})
