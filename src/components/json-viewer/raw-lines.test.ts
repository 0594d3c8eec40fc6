import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { clipLine, indexLines, lineAt, lineCount } from './raw-lines'

describe('indexLines / lineAt', () => {
  it('gives the same lines as split', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n', ' ', 'é') }), (text) => {
        const raw = indexLines(text)
        const lines = Array.from({ length: lineCount(raw) }, (_, i) => lineAt(raw, i))
        expect(lines).toEqual(text.split('\n'))
      }),
    )
  })
})

describe('clipLine', () => {
  it('leaves short lines alone', () => {
    expect(clipLine('abc', 5)).toEqual({ shown: 'abc', hidden: 0 })
  })

  it('cuts long lines and counts what it cut', () => {
    expect(clipLine('x'.repeat(200_000))).toEqual({ shown: 'x'.repeat(2000), hidden: 198_000 })
  })

  it('never splits a surrogate pair', () => {
    expect(clipLine('ab😀cd', 3)).toEqual({ shown: 'ab', hidden: 4 })
  })
})
