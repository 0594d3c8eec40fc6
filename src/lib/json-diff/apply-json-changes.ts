import { isRedactedValue, type RedactedJson } from '@/lib/redaction'

import type { JsonChange, JsonPath } from './diff-json'

type Container = RedactedJson[] | { [key: string]: RedactedJson }

/** A deep copy of the containers; leaves (redacted values included) are shared, being immutable. */
function copy(value: RedactedJson): RedactedJson {
  if (Array.isArray(value)) return value.map(copy)
  if (typeof value === 'object' && value !== null && !isRedactedValue(value)) {
    const out: { [key: string]: RedactedJson } = {}
    for (const key of Object.keys(value)) setOwn(out, key, copy(value[key]!))
    return out
  }
  return value
}

/** Also for a logged key named `__proto__`, which plain assignment would take as the prototype. */
function setOwn(target: { [key: string]: RedactedJson }, key: string, value: RedactedJson) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

function parentOf(root: RedactedJson, path: JsonPath): Container {
  let node = root
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, RedactedJson>)[key]!
  return node as Container
}

/**
 * `before` with `changes` applied (a new value; `before` is left alone): what `diffJson`'s
 * changes mean, written out. `applyJsonChanges(a, diffJson(a, b))` equals `b`.
 */
export function applyJsonChanges(before: RedactedJson, changes: readonly JsonChange[]): RedactedJson {
  let root = copy(before)
  // Array items are removed from the end (diffJson removes only trailing ones), after the rest.
  const removals: JsonChange[] = []
  for (const change of changes) {
    if (change.path.length === 0) {
      if (change.kind !== 'removed') root = copy(change.after)
      continue
    }
    const parent = parentOf(root, change.path)
    const key = change.path.at(-1)!
    if (change.kind === 'removed') removals.push(change)
    else if (Array.isArray(parent)) parent[key as number] = copy(change.after)
    else setOwn(parent, key as string, copy(change.after))
  }
  for (const change of removals.reverse()) {
    const parent = parentOf(root, change.path)
    const key = change.path.at(-1)!
    if (Array.isArray(parent)) parent.splice(key as number, 1)
    else delete parent[key as string]
  }
  return root
}
