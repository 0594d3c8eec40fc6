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

type Pair = { path: JsonPath; before: RedactedJson; after: RedactedJson }
/** Work left to do: a pair still to compare, or a change found, waiting for its turn in the output. */
type Step = { pair: Pair } | { change: JsonChange }

/**
 * What changed from `before` to `after`, in document order: a container's keys in `before`'s
 * order (each compared, or removed) then the keys `after` added, array items by position.
 * Iterative, so a deeply nested body cannot overflow the stack.
 */
export function diffJson(before: RedactedJson, after: RedactedJson): JsonChange[] {
  const changes: JsonChange[] = []
  const stack: Step[] = [{ pair: { path: [], before, after } }]
  while (stack.length > 0) {
    const step = stack.pop()!
    if ('change' in step) {
      changes.push(step.change)
      continue
    }
    const { path, before: a, after: b } = step.pair
    const steps: Step[] = []
    if (Array.isArray(a) && Array.isArray(b)) {
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const at = [...path, i]
        if (i >= b.length) steps.push({ change: { kind: 'removed', path: at, before: a[i]! } })
        else if (i >= a.length) steps.push({ change: { kind: 'added', path: at, after: b[i]! } })
        else steps.push({ pair: { path: at, before: a[i]!, after: b[i]! } })
      }
    } else if (isObject(a) && isObject(b)) {
      for (const key of Object.keys(a)) {
        const at = [...path, key]
        steps.push(
          Object.hasOwn(b, key)
            ? { pair: { path: at, before: a[key]!, after: b[key]! } }
            : { change: { kind: 'removed', path: at, before: a[key]! } },
        )
      }
      for (const key of Object.keys(b)) {
        if (!Object.hasOwn(a, key)) steps.push({ change: { kind: 'added', path: [...path, key], after: b[key]! } })
      }
    } else if (!sameLeaf(a, b)) {
      changes.push({ kind: 'changed', path, before: a, after: b })
    }
    for (let i = steps.length - 1; i >= 0; i--) stack.push(steps[i]!)
  }
  return changes
}
