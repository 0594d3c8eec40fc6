/**
 * One fast-check seed per vitest run, so a failing property can be replayed: FC_SEED when it is
 * set, otherwise a fresh one. fast-check's failure message names the seed and the counterexample's
 * path; `FC_SEED=<seed> npx vitest run <file>` runs every property of that file on it again.
 */
export const SEED_VARIABLE = 'FC_SEED'

export function readSeed(text: string | undefined): number {
  if (text === undefined || text.trim() === '') return (Math.random() * 2 ** 32) | 0
  const seed = Number(text)
  if (!Number.isSafeInteger(seed)) throw new Error(`${SEED_VARIABLE} must be an integer, not "${text}"`)
  return seed
}

declare module 'vitest' {
  export interface ProvidedContext {
    fcSeed: number
  }
}
