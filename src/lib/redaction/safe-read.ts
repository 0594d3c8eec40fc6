/*
 * Reading arbitrary objects can run user code (getters, Proxy traps, toJSON) and that code can
 * throw. Every read goes through these helpers so that a hostile input degrades to "no value"
 * instead of an exception.
 */

export const UNREADABLE: unique symbol = Symbol('unreadable')

export function readProperty(source: object, key: string | number): unknown {
  try {
    return (source as Record<string | number, unknown>)[key]
  } catch {
    return UNREADABLE
  }
}

export function readOwnKeys(source: object): string[] | typeof UNREADABLE {
  try {
    return Object.keys(source)
  } catch {
    return UNREADABLE
  }
}

export function readIsArray(source: object): boolean | typeof UNREADABLE {
  try {
    return Array.isArray(source)
  } catch {
    return UNREADABLE
  }
}

export function readLength(source: object): number {
  const length = readProperty(source, 'length')
  return typeof length === 'number' && length > 0 ? Math.floor(Math.min(length, Number.MAX_SAFE_INTEGER)) : 0
}

/** What JSON.stringify would serialise instead of `source`, or `source` itself. */
export function applyToJSON(source: object, key: string): unknown {
  const toJSON = readProperty(source, 'toJSON')
  if (typeof toJSON !== 'function') return source
  try {
    return (toJSON as (this: object, key: string) => unknown).call(source, key)
  } catch {
    return UNREADABLE
  }
}

/** new Number(1), new String('x'), new Boolean(true), Object(1n) → their primitive. */
export function unboxPrimitive(source: object): unknown {
  try {
    const prototype: unknown = Object.getPrototypeOf(source)
    if (prototype === Object.prototype || prototype === Array.prototype || prototype === null) return source
    if (source instanceof Number) return Number.prototype.valueOf.call(source)
    if (source instanceof String) return String.prototype.valueOf.call(source)
    if (source instanceof Boolean) return Boolean.prototype.valueOf.call(source)
    if (typeof BigInt === 'function' && source instanceof BigInt) return BigInt.prototype.valueOf.call(source)
  } catch {
    return UNREADABLE
  }
  return source
}
