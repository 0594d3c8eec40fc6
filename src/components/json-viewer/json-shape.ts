import { entryMessages } from '@/lib/i18n/entry-messages'
import type { RedactedJson } from '@/lib/redaction'
import { isRedactedValue } from '@/lib/redaction'

export type JsonContainer = RedactedJson[] | { [key: string]: RedactedJson }
/** A primitive or a RedactedValue. */
export type JsonLeafValue = Exclude<RedactedJson, JsonContainer>

export function isContainer(value: RedactedJson): value is JsonContainer {
  return typeof value === 'object' && value !== null && !isRedactedValue(value)
}

// Object.keys of a 50,000-key object is worth doing once, not on every render or Expand all.
const keyCache = new WeakMap<object, readonly string[]>()

function keysOf(object: { [key: string]: RedactedJson }): readonly string[] {
  let keys = keyCache.get(object)
  if (keys === undefined) {
    keys = Object.keys(object)
    keyCache.set(object, keys)
  }
  return keys
}

export function childCount(container: JsonContainer): number {
  return Array.isArray(container) ? container.length : keysOf(container).length
}

/** The key (object) or index (array) of the child at `index`, and its value. */
export function childAt(container: JsonContainer, index: number): [key: string | number, value: RedactedJson] {
  if (Array.isArray(container)) return [index, container[index] ?? null]
  const key = keysOf(container)[index] ?? ''
  return [key, container[key] ?? null]
}

/** `{3 keys}` / `[12 items]`: what a closed container holds. */
export function containerSummary(container: JsonContainer): string {
  const count = childCount(container)
  return Array.isArray(container) ? entryMessages.jsonViewer.items(count) : entryMessages.jsonViewer.keys(count)
}
