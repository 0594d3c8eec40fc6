import { MIN_SECRET_TEXT_LENGTH } from './find-secrets'
import { looksLikeJsonContainer, parseJsonContainer } from './json-text'
import { MAX_PAIR_NAME_LENGTH } from './name-value-pairs'
import { analyseKey, type KeyVerdict, withUniqueKeys } from './object-keys'
import { findPlaceholders, wholeClientPlaceholderReason } from './placeholders'
import { REASON, type RedactionOrigin, type RedactionReason } from './reasons'
import { redactSecretsInText } from './redact-text'
import { isRedactedValue, RedactedValue } from './redacted-value'
import {
  applyToJSON,
  readIsArray,
  readLength,
  readOwnKeys,
  readProperty,
  unboxPrimitive,
  UNREADABLE,
} from './safe-read'
import { createServerMarkerMatcher, type ServerMarkerMatcher } from './server-markers'
import type { RedactedJson, Redaction, RedactOptions } from './types'

const DEFAULT_MAX_DEPTH = 200
/** Far beyond any real body (a 5 MB JSON array holds < 2.5M items); guards `arr.length = 2**32-1`. */
const MAX_ARRAY_ITEMS = 10_000_000
const CIRCULAR = '[circular reference]'
/** Strings remembered as clean within one walk (see visitString). */
const MAX_CACHED_LENGTH = 256
const MAX_CACHED_STRINGS = 100_000

/** Dropped from objects (as JSON.stringify drops undefined and functions); null inside arrays. */
const OMIT: unique symbol = Symbol('omit')
/** The value opened a frame; its result is delivered to the parent when that frame completes. */
const PUSHED: unique symbol = Symbol('pushed')

type Outcome = RedactedJson | typeof OMIT
type PathKey = string | number

interface ArrayFrame {
  kind: 'array'
  source: object
  depth: number
  length: number
  /** Items beyond MAX_ARRAY_ITEMS, summarised instead of copied. */
  overflow: number
  /** Set for ['Authorization', '…'] tuples: applies to the second item. */
  pairReason: RedactionReason | null
  index: number
  currentKey: PathKey
  items: RedactedJson[]
}

interface ObjectFrame {
  kind: 'object'
  source: object
  depth: number
  keys: readonly string[]
  verdicts: readonly KeyVerdict[]
  /** Set for { name: 'password', value: '…' } records: applies to the entry at pairValueIndex. */
  pairReason: RedactionReason | null
  pairValueIndex: number
  length: number
  index: number
  currentKey: PathKey
  out: { [key: string]: RedactedJson }
}

/** A string holding JSON, whose parsed value is being redacted in the frames above it. */
interface JsonStringFrame {
  kind: 'json-string'
  original: string
  marksBefore: number
}

type ContainerFrame = ArrayFrame | ObjectFrame
type Frame = ContainerFrame | JsonStringFrame

/**
 * Redacts secrets from an arbitrary (possibly hostile) JSON-like value. Never throws, never
 * mutates its input, always returns fresh containers. The rules are documented in index.ts.
 */
export function redactJson(value: unknown, options?: RedactOptions): RedactJsonResult {
  try {
    const walker = createWalker(options)
    walker.start(value)
    walker.advance(NEVER_PAUSE)
    return walker.finish()
  } catch {
    return opaqueResult()
  }
}

export interface Slicing {
  /** Ends the current task; the walk goes on in the next one (see lib/async/yield-to-main). */
  pause: () => Promise<void>
  /** Main-thread time per slice, ms. */
  sliceMs: number
}

/**
 * `redactJson` in slices of about `sliceMs` of work with a `pause` between them, so a body of
 * megabytes is redacted without one long task blocking the page. Same rules, same result.
 */
export async function redactJsonInSlices(
  value: unknown,
  slicing: Slicing,
  options?: RedactOptions,
): Promise<RedactJsonResult> {
  try {
    const walker = createWalker(options)
    walker.start(value)
    for (;;) {
      const deadline = performance.now() + slicing.sliceMs
      if (walker.advance(() => performance.now() >= deadline)) return walker.finish()
      await slicing.pause()
    }
  } catch {
    return opaqueResult()
  }
}

export interface RedactJsonResult {
  value: RedactedJson
  redactions: Redaction[]
}

function createWalker(options: RedactOptions | undefined): JsonRedactor {
  const markers = Array.isArray(options?.serverMarkers) ? options.serverMarkers : undefined
  return new JsonRedactor(createServerMarkerMatcher(markers), maxDepthOption(options?.maxDepth))
}

// Only an engine-level failure (out of memory while building the output) reaches the callers'
// catch; an opaque answer is the only one that cannot leak.
function opaqueResult(): RedactJsonResult {
  const reason = REASON.secret
  return { value: new RedactedValue(reason, 'client'), redactions: [{ path: [], reason, origin: 'client' }] }
}

const NEVER_PAUSE = () => false
/** Steps (values visited) between two looks at the clock: reading it is not free. */
const STEPS_PER_CHECK = 256

function maxDepthOption(maxDepth: unknown): number {
  return typeof maxDepth === 'number' && maxDepth >= 0 && maxDepth < Infinity ? Math.floor(maxDepth) : DEFAULT_MAX_DEPTH
}

class JsonRedactor {
  readonly redactions: Redaction[] = []
  private truncations = 0
  private readonly stack: Frame[] = []
  private readonly ancestors = new Set<object>()
  private readonly keyVerdicts = new Map<string, KeyVerdict>()
  private readonly cleanStrings = new Set<string>()
  private readonly isServerMarker: ServerMarkerMatcher
  private readonly maxDepth: number
  private readonly truncatedText: string
  private result: RedactedJson = null

  constructor(isServerMarker: ServerMarkerMatcher, maxDepth: number) {
    this.isServerMarker = isServerMarker
    this.maxDepth = maxDepth
    this.truncatedText = `[truncated: nested deeper than ${maxDepth} levels]`
  }

  start(root: unknown): void {
    const first = this.visit(root, null, 0, '')
    if (first !== PUSHED) this.result = first === OMIT ? null : first
  }

  /**
   * Walks on until the value is done (true) or `shouldPause` says to stop for now (false); the
   * stack holds everything needed to carry on later.
   */
  advance(shouldPause: () => boolean): boolean {
    let steps = 0
    // An explicit stack instead of recursion: no input nesting can overflow the call stack.
    for (let frame = this.top(); frame !== undefined; frame = this.top()) {
      if (++steps % STEPS_PER_CHECK === 0 && shouldPause()) return false
      if (frame.kind === 'json-string') {
        this.stack.pop() // not reached: deliver() completes these frames
        continue
      }
      if (frame.index < frame.length) {
        const outcome = frame.kind === 'array' ? this.visitItem(frame) : this.visitEntry(frame)
        if (outcome !== PUSHED) accept(frame, outcome)
        continue
      }
      this.stack.pop()
      this.ancestors.delete(frame.source)
      this.deliver(frame.kind === 'array' ? this.finishArray(frame) : frame.out)
    }
    return true
  }

  finish(): RedactJsonResult {
    return { value: this.result, redactions: this.redactions }
  }

  private top(): Frame | undefined {
    return this.stack[this.stack.length - 1]
  }

  private visitItem(frame: ArrayFrame): Outcome | typeof PUSHED {
    const index = frame.index++
    frame.currentKey = index
    const item = readProperty(frame.source, index)
    const sensitive = index === 1 ? frame.pairReason : null
    return item === UNREADABLE ? null : this.visit(item, sensitive, frame.depth + 1, String(index))
  }

  private visitEntry(frame: ObjectFrame): Outcome | typeof PUSHED {
    const index = frame.index++
    const key = frame.keys[index] ?? ''
    const verdict = frame.verdicts[index] ?? this.verdictFor(key)
    frame.currentKey = verdict.outKey
    for (const mark of verdict.marks) this.record(mark.reason, mark.origin)
    const value = readProperty(frame.source, key)
    const sensitive = verdict.sensitive ?? (index === frame.pairValueIndex ? frame.pairReason : null)
    return value === UNREADABLE ? OMIT : this.visit(value, sensitive, frame.depth + 1, key)
  }

  /** Hands a finished value to whatever is waiting for it: a container, a JSON string, or the caller. */
  private deliver(value: Outcome): void {
    let current = value
    for (let top = this.top(); top !== undefined; top = this.top()) {
      if (top.kind !== 'json-string') {
        accept(top, current)
        return
      }
      this.stack.pop()
      current = this.finishJsonString(top, current)
    }
    this.result = current === OMIT ? null : current
  }

  /**
   * `sensitive` is the reason of the key this value sits under (null if the key is harmless).
   * `jsonKey` is what JSON.stringify would pass to a toJSON method.
   */
  private visit(
    value: unknown,
    sensitive: RedactionReason | null,
    depth: number,
    jsonKey: string,
  ): Outcome | typeof PUSHED {
    switch (typeof value) {
      case 'string':
        return sensitive === null ? this.visitString(value, depth) : this.visitSensitiveString(value, sensitive)
      case 'number':
        if (!Number.isFinite(value)) return null
        if (sensitive !== null) return this.redacted(sensitive, 'client')
        return value === 0 ? 0 : value // -0 serialises as 0; keep the output JSON-exact
      case 'boolean':
        return value
      case 'bigint':
        return this.visit(value.toString(), sensitive, depth, jsonKey)
      case 'object':
        return value === null ? null : this.visitObject(value, sensitive, depth, jsonKey)
      default:
        return OMIT // undefined, function, symbol
    }
  }

  private visitSensitiveString(value: string, sensitive: RedactionReason): Outcome {
    if (value === '') return value
    return this.redacted(sensitive, this.isServerMarker(value) ? 'server' : 'client')
  }

  private visitString(value: string, depth: number): Outcome | typeof PUSHED {
    // Bodies repeat their strings (enums, ids, names in every item of a list): one found clean
    // before passed every check below, and comes out unchanged with nothing recorded.
    if (value === '' || this.cleanStrings.has(value)) return value
    if (this.isServerMarker(value)) return this.redacted(REASON.serverRedacted, 'server')
    // Most strings in a body are short (ids, enums, numbers as text): too short to hold anything.
    if (value.length < MIN_SECRET_TEXT_LENGTH) return value
    const placeholderReason = wholeClientPlaceholderReason(value)
    if (placeholderReason !== null) return this.redacted(placeholderReason, 'client')
    if (looksLikeJsonContainer(value)) {
      const parsed = parseJsonContainer(value)
      if (parsed !== UNREADABLE) return this.visitJsonString(value, parsed, depth)
    }
    const { text, whole } = redactSecretsInText(value, this.isServerMarker)
    if (whole !== null) return this.redacted(whole, 'client')
    if (this.recordPlaceholders(text) === 0 && text === value) this.rememberClean(value)
    return text
  }

  private visitJsonString(original: string, parsed: unknown, depth: number): Outcome | typeof PUSHED {
    const frame: JsonStringFrame = { kind: 'json-string', original, marksBefore: this.marks() }
    this.stack.push(frame)
    const outcome = this.visit(parsed, null, depth, '')
    if (outcome === PUSHED) return PUSHED
    this.stack.pop()
    return this.finishJsonString(frame, outcome)
  }

  /**
   * Untouched JSON text is kept byte for byte. Otherwise it is re-serialised from the redacted
   * value, so placeholders appear as `"[REDACTED: reason]"` inside it.
   */
  private finishJsonString(frame: JsonStringFrame, value: Outcome): string {
    if (this.marks() === frame.marksBefore) return frame.original
    if (typeof value === 'string') return value // the whole parsed value was truncated
    try {
      return JSON.stringify(value === OMIT ? null : value)
    } catch {
      this.truncations++
      return this.truncatedText
    }
  }

  private visitObject(
    value: object,
    sensitive: RedactionReason | null,
    depth: number,
    jsonKey: string,
  ): Outcome | typeof PUSHED {
    if (isRedactedValue(value)) return this.redacted(value.reason, value.origin)
    // Whatever the shape, a value under a sensitive key is replaced without being read.
    if (sensitive !== null) return this.redacted(sensitive, 'client')

    // JSON.stringify calls toJSON once; its result is serialised without calling it again.
    const serialised = applyToJSON(value, jsonKey)
    if (serialised === UNREADABLE) return null
    if (serialised !== value) {
      const isObject = typeof serialised === 'object' && serialised !== null && !isRedactedValue(serialised)
      return isObject ? this.visitPlainObject(serialised, depth, jsonKey) : this.visit(serialised, null, depth, jsonKey)
    }
    return this.visitPlainObject(value, depth, jsonKey)
  }

  private visitPlainObject(value: object, depth: number, jsonKey: string): Outcome | typeof PUSHED {
    const primitive = unboxPrimitive(value)
    if (primitive === UNREADABLE) return null
    if (primitive !== value) return this.visit(primitive, null, depth, jsonKey)
    return this.openContainer(value, depth)
  }

  private openContainer(value: object, depth: number): Outcome | typeof PUSHED {
    if (depth > this.maxDepth) {
      this.truncations++
      return this.truncatedText
    }
    if (this.ancestors.has(value)) {
      this.truncations++
      return CIRCULAR
    }
    const isArray = readIsArray(value)
    if (isArray === UNREADABLE) return null
    return isArray ? this.openArray(value, depth) : this.openObject(value, depth)
  }

  private openArray(source: object, depth: number): typeof PUSHED {
    const total = readLength(source)
    const length = Math.min(total, MAX_ARRAY_ITEMS)
    const pairReason = length === 2 ? this.pairNameReason(readProperty(source, 0)) : null
    this.ancestors.add(source)
    this.stack.push({
      kind: 'array',
      source,
      depth,
      length,
      overflow: total - length,
      pairReason,
      index: 0,
      currentKey: 0,
      items: [],
    })
    return PUSHED
  }

  private openObject(source: object, depth: number): Outcome | typeof PUSHED {
    const keys = readOwnKeys(source)
    if (keys === UNREADABLE) return null
    const verdicts: KeyVerdict[] = []
    let renamed = false
    let nameIndex = -1
    let valueIndex = -1
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!
      const verdict = this.verdictFor(key)
      verdicts.push(verdict)
      renamed ||= verdict.outKey !== key
      if (verdict.role === 'name' && nameIndex === -1) nameIndex = i
      if (verdict.role === 'value') valueIndex = i
    }
    const unique = renamed ? withUniqueKeys(keys, verdicts) : verdicts
    const nameKey = keys[nameIndex]
    const pairReason =
      nameKey !== undefined && valueIndex !== -1 ? this.pairNameReason(readProperty(source, nameKey)) : null
    this.ancestors.add(source)
    this.stack.push({
      kind: 'object',
      source,
      depth,
      keys,
      verdicts: unique,
      pairReason,
      pairValueIndex: valueIndex,
      length: keys.length,
      index: 0,
      currentKey: '',
      out: {},
    })
    return PUSHED
  }

  private finishArray(frame: ArrayFrame): RedactedJson[] {
    if (frame.overflow > 0) {
      this.truncations++
      frame.items.push(`[truncated: ${frame.overflow} more items]`)
    }
    return frame.items
  }

  /**
   * Judged like an object key, on the text as it will be written, so that a second pass over
   * the output reaches the same verdict.
   */
  private pairNameReason(name: unknown): RedactionReason | null {
    if (typeof name !== 'string') return null
    const verdict = this.verdictFor(name)
    return verdict.outKey.length <= MAX_PAIR_NAME_LENGTH ? verdict.sensitive : null
  }

  private verdictFor(key: string): KeyVerdict {
    let verdict = this.keyVerdicts.get(key)
    if (verdict === undefined) {
      verdict = analyseKey(key, this.isServerMarker)
      this.keyVerdicts.set(key, verdict)
    }
    return verdict
  }

  private redacted(reason: RedactionReason, origin: RedactionOrigin): RedactedValue {
    const value = new RedactedValue(reason, origin)
    this.record(value.reason, value.origin)
    return value
  }

  /** Long strings rarely repeat, and the set stays bounded on bodies of millions of strings. */
  private rememberClean(value: string): void {
    if (value.length > MAX_CACHED_LENGTH) return
    if (this.cleanStrings.size >= MAX_CACHED_STRINGS) this.cleanStrings.clear()
    this.cleanStrings.add(value)
  }

  /** Records the placeholders already in `text`; returns how many there were. */
  private recordPlaceholders(text: string): number {
    const placeholders = findPlaceholders(text)
    for (const placeholder of placeholders) this.record(placeholder.reason, placeholder.origin)
    return placeholders.length
  }

  private record(reason: RedactionReason, origin: RedactionOrigin): void {
    this.redactions.push({ path: this.currentPath(), reason, origin })
  }

  /** Inside a JSON-holding string every redaction is reported at the string's own path. */
  private currentPath(): PathKey[] {
    const path: PathKey[] = []
    for (const frame of this.stack) {
      if (frame.kind === 'json-string') break
      path.push(frame.currentKey)
    }
    return path
  }

  /** Anything that changed a JSON string's content: a redaction or a truncation. */
  private marks(): number {
    return this.redactions.length + this.truncations
  }
}

function accept(frame: ContainerFrame, value: Outcome): void {
  if (frame.kind === 'array') {
    frame.items.push(value === OMIT ? null : value)
  } else if (value !== OMIT) {
    const key = String(frame.currentKey)
    // Assigning "__proto__" would replace the prototype; it must become an own data property.
    if (key === '__proto__') {
      Object.defineProperty(frame.out, key, { value, enumerable: true, writable: true, configurable: true })
    } else {
      frame.out[key] = value
    }
  }
}
