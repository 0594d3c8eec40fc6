// A tiny seeded PRNG so the demo data is identical on every machine and every reload.

export interface Prng {
  /** Uniform float in [0, 1). */
  next(): number
  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number
  chance(probability: number): boolean
  pick<T>(items: readonly T[]): T
  /** Several distinct items, order preserved from the source list. */
  sample<T>(items: readonly T[], count: number): T[]
  /** Lowercase hex of the given length. */
  hex(length: number): string
  /** A Mongo-style ObjectId: 8 hex of epoch seconds, then 16 random hex. */
  objectId(dateMs: number): string
}

/** mulberry32: 32-bit state, good spread, a few lines — plenty for fake data. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const HEX_CODES = [...'0123456789abcdef'].map((digit) => digit.charCodeAt(0))

export function createPrng(seed: number): Prng {
  const next = mulberry32(seed)
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)]
    if (item === undefined) throw new Error('pick from an empty list')
    return item
  }
  // Ids are built from char codes in one go: concatenating digit by digit leaves a chain of
  // rope strings per id that the garbage collector then has to copy and flatten.
  const codes: number[] = []
  const pushRandomHex = (length: number) => {
    let bits = 0
    for (let index = 0; index < length; index++) {
      if (index % 8 === 0) bits = Math.floor(next() * 4294967296)
      codes.push(HEX_CODES[bits & 15] as number)
      bits >>>= 4
    }
  }
  const flush = () => {
    const text = String.fromCharCode(...codes)
    codes.length = 0
    return text
  }
  const hex = (length: number) => {
    pushRandomHex(length)
    return flush()
  }
  const objectId = (dateMs: number) => {
    const seconds = Math.floor(dateMs / 1000) >>> 0
    for (let shift = 28; shift >= 0; shift -= 4) codes.push(HEX_CODES[(seconds >>> shift) & 15] as number)
    pushRandomHex(16)
    return flush()
  }
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    sample<T>(items: readonly T[], count: number): T[] {
      const chosen = new Set<number>()
      const wanted = Math.min(count, items.length)
      while (chosen.size < wanted) chosen.add(Math.floor(next() * items.length))
      return [...chosen].sort((a, b) => a - b).map((index) => items[index] as T)
    },
    hex,
    objectId,
  }
}

/** A fixed weighted list, with running totals computed once because it is drawn from thousands of times. */
export function weightedTable<T>(items: readonly (readonly [T, number])[]): (prng: Prng) => T {
  const values = items.map(([item]) => item)
  const totals: number[] = []
  let sum = 0
  for (const [, weight] of items) totals.push((sum += weight))
  return (prng) => {
    const roll = prng.next() * sum
    let index = 0
    while (index < totals.length - 1 && (totals[index] as number) <= roll) index++
    return values[index] as T
  }
}

/** Derives an independent stream so adding draws in one part does not reshuffle another. */
export function deriveSeed(seed: number, salt: string): number {
  let hash = (seed ^ 0x9e3779b9) >>> 0
  for (let index = 0; index < salt.length; index++) {
    hash = Math.imul(hash ^ salt.charCodeAt(index), 0x01000193) >>> 0
  }
  return hash
}
