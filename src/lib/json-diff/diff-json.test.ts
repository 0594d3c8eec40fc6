import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { type RedactedJson, RedactedValue, redactJson } from '@/lib/redaction'
import {
  awsAccessKeySecret,
  bearerSecret,
  denyListedKey,
  jwtSecret,
  neutralKey,
  pemSecret,
  secretText,
} from '@/lib/redaction/test-arbitraries'

import { applyJsonChanges } from './apply-json-changes'
import { diffJson, diffJsonInSlices } from './diff-json'
import { formatJsonPath } from './format-json-path'

const redacted = fc
  .tuple(fc.constantFrom('password', 'token', 'jwt', 'api key'), fc.constantFrom('client', 'server'))
  .map(([reason, origin]) => new RedactedValue(reason, origin as 'client' | 'server'))

// A few keys shared often (so two bodies overlap and differ in interesting ways), some hostile.
const key = fc.oneof(
  fc.constantFrom('a', 'b', 'c', 'reason', 'origin', '__proto__', 'constructor', 'toString', 'x y'),
  fc.string({ maxLength: 4 }),
)

/** Redacted JSON as the cache holds it: plain JSON with RedactedValue leaves. */
const body: fc.Arbitrary<RedactedJson> = fc.letrec<{ value: RedactedJson; leaf: RedactedJson }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('leaf'),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  ),
  leaf: fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -3, max: 3 }),
    fc.constantFrom('', 'x', 'y'),
    redacted,
  ),
})).value

/** A value as the diff compares it: a redacted value is its marker. */
const asSeen = (value: RedactedJson): unknown => JSON.parse(JSON.stringify(value))

describe('diffJson', () => {
  it('finds nothing between a body and itself, or a copy of it', () => {
    fc.assert(
      fc.property(body, (value) => {
        expect(diffJson(value, value)).toEqual([])
        expect(diffJson(value, applyJsonChanges(value, []))).toEqual([])
      }),
    )
  })

  it('gives the newer body when its changes are applied to the older one', () => {
    fc.assert(
      fc.property(body, body, (older, newer) => {
        const changes = diffJson(older, newer)
        // Equal as the diff sees values: redacted ones by marker (a server's carries no reason).
        expect(asSeen(applyJsonChanges(older, changes))).toEqual(asSeen(newer))
        // The older body itself is left alone.
        expect(diffJson(older, applyJsonChanges(older, []))).toEqual([])
      }),
    )
  })

  it('never tells whether a secret under a sensitive key changed', () => {
    fc.assert(
      fc.property(
        fc.dictionary(neutralKey, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
        denyListedKey,
        secretText,
        secretText,
        (siblings, secretKey, oldSecret, newSecret) => {
          const older = redactJson({ ...siblings, settings: { [secretKey]: oldSecret } }).value
          const newer = redactJson({ ...siblings, settings: { [secretKey]: newSecret } }).value
          const changes = diffJson(older, newer)
          expect(changes).toEqual([])
          const text = JSON.stringify(changes)
          expect(text).not.toContain(oldSecret)
          expect(text).not.toContain(newSecret)
        },
      ),
    )
  })

  it('never tells whether a detected secret changed, nor shows it', () => {
    const twoOfAKind = fc
      .constantFrom(jwtSecret, bearerSecret, pemSecret, awsAccessKeySecret)
      .chain((secret) => fc.tuple(secret, secret))
    fc.assert(
      fc.property(neutralKey, twoOfAKind, (field, [oldSecret, newSecret]) => {
        const older = redactJson({ [field]: oldSecret.text, kept: 1 }).value
        const newer = redactJson({ [field]: newSecret.text, kept: 2 }).value
        const changes = diffJson(older, newer)
        expect(changes).toEqual([{ kind: 'changed', path: ['kept'], before: 1, after: 2 }])
        const text = JSON.stringify(changes)
        for (const fragment of [...oldSecret.mustNotSurvive, ...newSecret.mustNotSurvive]) {
          expect(text).not.toContain(fragment)
        }
      }),
    )
  })

  it('gives the same differences in slices, pausing between them, and stops when aborted', async () => {
    await fc.assert(
      fc.asyncProperty(body, body, async (older, newer) => {
        let pauses = 0
        const pause = async () => {
          pauses += 1
        }
        expect(await diffJsonInSlices(older, newer, { pause, sliceMs: 0 })).toEqual(diffJson(older, newer))
        expect(pauses).toBeGreaterThanOrEqual(0)
      }),
    )
    // A body big enough for many slices: every slice pauses, and an abort stops the walk.
    const big = Array.from({ length: 5_000 }, (_, i) => ({ i, tags: ['a', String(i)] }))
    const changed = big.map((item, i) => ({ i: i % 10 === 0 ? -i : i, tags: [...item.tags] }))
    let pauses = 0
    const sliced = await diffJsonInSlices(big, changed, { pause: async () => void (pauses += 1), sliceMs: 0 })
    expect(sliced).toEqual(diffJson(big, changed))
    expect(pauses).toBeGreaterThan(10)
    const abort = new AbortController()
    const aborting = diffJsonInSlices(big, changed, {
      pause: async () => abort.abort(),
      sliceMs: 0,
      signal: abort.signal,
    })
    await expect(aborting).rejects.toThrow()
  })

  it('reports added, removed and changed keys at nested paths, with before and after', () => {
    const older = { name: 'Pump', config: { interval: 30, tags: ['a', 'b', 'c'], mode: 'auto' }, old: true }
    const newer = { name: 'Pump 2', config: { interval: 30, tags: ['a', 'x'], unit: 'kPa' }, added: [1] }
    expect(diffJson(older, newer)).toEqual([
      { kind: 'changed', path: ['name'], before: 'Pump', after: 'Pump 2' },
      { kind: 'changed', path: ['config', 'tags', 1], before: 'b', after: 'x' },
      { kind: 'removed', path: ['config', 'tags', 2], before: 'c' },
      { kind: 'removed', path: ['config', 'mode'], before: 'auto' },
      { kind: 'added', path: ['config', 'unit'], after: 'kPa' },
      { kind: 'removed', path: ['old'], before: true },
      { kind: 'added', path: ['added'], after: [1] },
    ])
  })

  it('compares arrays by position, and a value that changes shape whole', () => {
    expect(diffJson([1, 2, 3], [0, 1, 2, 3])).toEqual([
      { kind: 'changed', path: [0], before: 1, after: 0 },
      { kind: 'changed', path: [1], before: 2, after: 1 },
      { kind: 'changed', path: [2], before: 3, after: 2 },
      { kind: 'added', path: [3], after: 3 },
    ])
    expect(diffJson({ a: [1] }, { a: { 0: 1 } })).toEqual([
      { kind: 'changed', path: ['a'], before: [1], after: { 0: 1 } },
    ])
    expect(diffJson({ a: null }, { a: {} })).toEqual([{ kind: 'changed', path: ['a'], before: null, after: {} }])
  })

  it('compares redacted values by their marker, and never as equal to a look-alike object', () => {
    const password = new RedactedValue('password', 'client')
    expect(diffJson({ p: password }, { p: new RedactedValue('password', 'client') })).toEqual([])
    expect(diffJson({ p: password }, { p: new RedactedValue('server redacted', 'server') })).toHaveLength(1)
    const lookalike = { reason: 'password', origin: 'client' }
    expect(diffJson({ p: password }, { p: lookalike })).toEqual([
      { kind: 'changed', path: ['p'], before: password, after: lookalike },
    ])
    expect(diffJson({ p: password }, { p: '[REDACTED: password]' })).toHaveLength(1)
    // A server's marker says nothing about what it hid: two of them are the same.
    expect(diffJson([new RedactedValue('token', 'server')], [new RedactedValue('password', 'server')])).toEqual([])
  })

  it('sees logged keys that share a name with Object.prototype', () => {
    const older = JSON.parse('{"constructor": 1, "toString": "a", "__proto__": {"x": 1}}') as RedactedJson
    expect(diffJson(older, {})).toEqual([
      { kind: 'removed', path: ['constructor'], before: 1 },
      { kind: 'removed', path: ['toString'], before: 'a' },
      { kind: 'removed', path: ['__proto__'], before: { x: 1 } },
    ])
    const applied = applyJsonChanges({}, diffJson({}, older)) as object
    expect(Object.keys(applied)).toEqual(['constructor', 'toString', '__proto__'])
    expect(Object.getPrototypeOf(applied)).toBe(Object.prototype)
  })

  it('handles bodies nested deeper than the call stack would allow', () => {
    let older: RedactedJson = 1
    let newer: RedactedJson = 2
    for (let i = 0; i < 5_000; i++) {
      older = [older]
      newer = [newer]
    }
    const changes = diffJson(older, newer)
    expect(changes).toHaveLength(1)
    expect(changes[0]!.path).toHaveLength(5_000)
  })
})

describe('formatJsonPath', () => {
  it('writes paths as JavaScript would, quoting keys that are not identifiers', () => {
    expect(formatJsonPath([])).toBe('(body)')
    expect(formatJsonPath(['config', 'nodes', 2, 'type'])).toBe('config.nodes[2].type')
    expect(formatJsonPath(['headers', 'content-type'])).toBe('headers["content-type"]')
    expect(formatJsonPath([0, 'a b', '"'])).toBe('[0]["a b"]["\\""]')
  })
})
