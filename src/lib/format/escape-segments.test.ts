import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { splitHazards } from './escape-segments'

// Every character the viewer must never put in the DOM as itself.
const HAZARD =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u2028-\u202E\u2066-\u2069\uFEFF]|\uDB40[\uDC00-\uDC7F]/

const decode = (segments: ReturnType<typeof splitHazards>) =>
  segments.map((s) => (s.escaped ? (JSON.parse(`"${s.text}"`) as string) : s.text)).join('')

// Strings rich in the characters that matter, not just ASCII.
const hostileString = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '\u202E',
      '\u2066',
      '\u200F',
      '\u0000',
      '\n',
      '\u009B',
      '\uFEFF',
      '\u200D',
      '\u{E0041}',
      'a',
      'ש',
      '<',
      '"',
    ),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
})

describe('splitHazards', () => {
  it('leaves ordinary text as one plain segment', () => {
    expect(splitHazards('hello, мир 👋')).toEqual([{ text: 'hello, мир 👋', escaped: false }])
  })

  it('escapes a right-to-left override and a run of controls as one visible escape', () => {
    expect(splitHazards('abc\u202Edef\r\n')).toEqual([
      { text: 'abc', escaped: false },
      { text: '\\u202E', escaped: true },
      { text: 'def', escaped: false },
      { text: '\\r\\n', escaped: true },
    ])
  })

  it('keeps the zero-width joiner that emoji need', () => {
    expect(splitHazards('👩\u200D💻')).toEqual([{ text: '👩\u200D💻', escaped: false }])
  })

  it('never lets a hazardous character through, and loses nothing', () => {
    fc.assert(
      fc.property(hostileString, (input) => {
        const segments = splitHazards(input)
        for (const segment of segments) expect(segment.text).not.toMatch(HAZARD)
        expect(decode(segments)).toBe(input)
      }),
    )
  })

  it('keeps pretty-printed JSON valid JSON', () => {
    fc.assert(
      fc.property(hostileString, (input) => {
        const shown = splitHazards(JSON.stringify(input))
          .map((s) => s.text)
          .join('')
        expect(JSON.parse(shown)).toBe(input)
      }),
    )
  })
})
