import fc from 'fast-check'
import { inject } from 'vitest'

import { readSeed } from './fast-check-seed'

/** Fails for every n from 10 up: fast-check finds one and shrinks it to exactly 10. */
const atMostNine = fc.property(fc.nat(), (n) => n < 10)

describe("the run's fast-check seed", () => {
  it('is what setup.ts handed fast-check, and FC_SEED when that is set', () => {
    expect(fc.readConfigureGlobal().seed).toBe(inject('fcSeed'))
    if (process.env.FC_SEED) expect(inject('fcSeed')).toBe(Number(process.env.FC_SEED))
  })

  it('is the seed a failing property reports, with the path that replays its counterexample', () => {
    const run = fc.check(atMostNine)
    expect(run.failed).toBe(true)
    expect(run.seed).toBe(inject('fcSeed'))
    expect(run.counterexample).toEqual([10])
    expect(() => fc.assert(atMostNine)).toThrow(`{ seed: ${run.seed}, path: "${run.counterexamplePath}"`)

    const replay = fc.check(atMostNine, { seed: run.seed, path: run.counterexamplePath!, endOnFailure: true })
    expect(replay.counterexample).toEqual([10])
    expect(replay.numRuns).toBe(1)
  })

  it("leaves the number of runs to each test: a test's own numRuns wins, and the default stays 100", () => {
    expect(fc.readConfigureGlobal().numRuns).toBeUndefined()
    let runs = 0
    fc.assert(
      fc.property(fc.nat(), () => {
        runs += 1
      }),
      { numRuns: 7 },
    )
    expect(runs).toBe(7)
    runs = 0
    fc.assert(
      fc.property(fc.nat(), () => {
        runs += 1
      }),
    )
    expect(runs).toBe(100)
  })

  it('reads FC_SEED as an integer (fast-check prints negative ones too), or picks a 32-bit one', () => {
    expect(readSeed('-1234567')).toBe(-1234567)
    expect(readSeed(' 42 ')).toBe(42)
    expect(() => readSeed('4.5')).toThrow('FC_SEED must be an integer')
    expect(() => readSeed('abc')).toThrow('FC_SEED must be an integer')
    for (const unset of [undefined, '', '  ']) {
      const seed = readSeed(unset)
      expect(seed).toBe(seed | 0)
    }
  })
})
