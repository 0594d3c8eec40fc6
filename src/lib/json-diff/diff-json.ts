/**
 * A structural diff of two redacted JSON bodies: keys added, removed and changed, at their paths,
 * arrays compared by position. Pure and total.
 *
 * A `RedactedValue` is a leaf compared by its marker (`[REDACTED: reason]`), never by what it
 * stood for: the secret is gone before anything is cached, so two redacted values with the same
 * marker are equal whether or not the secret behind them changed, and the diff cannot tell.
 * A redacted value against anything else (a plain object that happens to hold `reason` and
 * `origin` keys included) is a change.
 *
 * Why not a library: microdiff (the closest fit) walks into class instances, so a RedactedValue
 * would be compared field by field and equal a logged `{ reason, origin }` object, and it tests
 * keys with `in`, so a logged key named `constructor` or `toString` is never reported removed
 * (decision 014).
 */
import { isRedactedValue, type RedactedJson } from '@/lib/redaction'

export type JsonPath = readonly (string | number)[]

export type JsonChange =
  | { kind: 'added'; path: JsonPath; after: RedactedJson }
  | { kind: 'removed'; path: JsonPath; before: RedactedJson }
  | { kind: 'changed'; path: JsonPath; before: RedactedJson; after: RedactedJson }

type JsonObject = { [key: string]: RedactedJson }

function isObject(value: RedactedJson): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isRedactedValue(value)
}

/** Equal leaves: same primitive, or redacted values with the same marker. */
function sameLeaf(before: RedactedJson, after: RedactedJson): boolean {
  if (isRedactedValue(before) || isRedactedValue(after)) {
    return isRedactedValue(before) && isRedactedValue(after) && before.toJSON() === after.toJSON()
  }
  return Object.is(before, after) || (before === 0 && after === 0)
}

/** A path as a chain to the root: one small object per visited value, an array only per change. */
interface PathLink {
  parent: PathLink | null
  key: string | number
}

function pathOf(link: PathLink | null): JsonPath {
  const path: (string | number)[] = []
  for (let at = link; at !== null; at = at.parent) path.push(at.key)
  return path.reverse()
}

const PAIR = 0
const REMOVED = 1
const ADDED = 2

/** Identical primitives, or one shared object (0 and -0 are the same JSON): nothing to compare. */
const unchanged = (a: RedactedJson, b: RedactedJson) => a === b

/**
 * The walk both diff functions share. `run(until)` works until `until()` says stop (checked every
 * few hundred steps) or the walk is done, and says whether it is done; it resumes where it
 * stopped. Its own stack (no recursion), so a deeply nested body cannot overflow the call stack;
 * a step is four array slots, and a path array is built only for a change found.
 */
function createDiffWalk(before: RedactedJson, after: RedactedJson) {
  const changes: JsonChange[] = []
  // Parallel stacks: what to do, the two values, and where. Pushed in reverse, popped in order.
  const kinds: number[] = [PAIR]
  const befores: RedactedJson[] = [before]
  const afters: RedactedJson[] = [after]
  const links: (PathLink | null)[] = [null]
  const push = (kind: number, a: RedactedJson, b: RedactedJson, link: PathLink) => {
    kinds.push(kind)
    befores.push(a)
    afters.push(b)
    links.push(link)
  }
  const step = () => {
    const kind = kinds.pop()!
    const a = befores.pop()!
    const b = afters.pop()!
    const link = links.pop()!
    if (kind === REMOVED) {
      changes.push({ kind: 'removed', path: pathOf(link), before: a })
    } else if (kind === ADDED) {
      changes.push({ kind: 'added', path: pathOf(link), after: b })
    } else if (Array.isArray(a) && Array.isArray(b)) {
      // Document order once popped: the items both have, then the removed or the added ones.
      for (let i = b.length - 1; i >= a.length; i--) push(ADDED, null, b[i]!, { parent: link, key: i })
      for (let i = a.length - 1; i >= b.length; i--) push(REMOVED, a[i]!, null, { parent: link, key: i })
      for (let i = Math.min(a.length, b.length) - 1; i >= 0; i--) {
        if (!unchanged(a[i]!, b[i]!)) push(PAIR, a[i]!, b[i]!, { parent: link, key: i })
      }
    } else if (isObject(a) && isObject(b)) {
      // Document order once popped: `before`'s keys (compared or removed), then the added ones.
      const keysB = Object.keys(b)
      for (let i = keysB.length - 1; i >= 0; i--) {
        const key = keysB[i]!
        if (!Object.hasOwn(a, key)) push(ADDED, null, b[key]!, { parent: link, key })
      }
      const keysA = Object.keys(a)
      for (let i = keysA.length - 1; i >= 0; i--) {
        const key = keysA[i]!
        if (!Object.hasOwn(b, key)) push(REMOVED, a[key]!, null, { parent: link, key })
        else if (!unchanged(a[key]!, b[key]!)) push(PAIR, a[key]!, b[key]!, { parent: link, key })
      }
    } else if (!sameLeaf(a, b)) {
      changes.push({ kind: 'changed', path: pathOf(link), before: a, after: b })
    }
  }
  return {
    changes,
    run(until: () => boolean): boolean {
      while (kinds.length > 0) {
        for (let n = 0; n < 256 && kinds.length > 0; n++) step()
        if (kinds.length > 0 && until()) return false
      }
      return true
    },
  }
}

/**
 * What changed from `before` to `after`, in document order: a container's keys in `before`'s
 * order (each compared, or removed) then the keys `after` added, array items by position.
 */
export function diffJson(before: RedactedJson, after: RedactedJson): JsonChange[] {
  const walk = createDiffWalk(before, after)
  walk.run(() => false)
  return walk.changes
}

export interface DiffSlicing {
  /** Resolves when the page has had its turn (e.g. `yieldToMain`). */
  pause: () => Promise<void>
  /** Work this long before pausing. */
  sliceMs: number
  signal?: AbortSignal
}

/**
 * `diffJson` with pauses: two megabyte bodies take tens of milliseconds or more to compare, so
 * the page compares them in slices and keeps answering input meanwhile. Same result as
 * `diffJson`. Rejects with the signal's reason when aborted.
 */
export async function diffJsonInSlices(
  before: RedactedJson,
  after: RedactedJson,
  { pause, sliceMs, signal }: DiffSlicing,
): Promise<JsonChange[]> {
  const walk = createDiffWalk(before, after)
  for (;;) {
    signal?.throwIfAborted()
    const end = performance.now() + sliceMs
    if (walk.run(() => performance.now() >= end)) return walk.changes
    await pause()
  }
}
