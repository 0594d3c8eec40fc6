import type { RedactedJson } from '@/lib/redaction'

/** Pretty JSON and where each of its lines starts, so a line is a slice made only when shown. */
export interface RawText {
  text: string
  /** Offset of each line's first character; one entry per line. */
  starts: Uint32Array
}

// Switching Tree → Raw → Tree → Raw on a 5 MB body should stringify it once.
const cache = new WeakMap<object, RawText>()

export function toRawText(value: RedactedJson): RawText {
  if (typeof value !== 'object' || value === null) return indexLines(stringify(value))
  let raw = cache.get(value)
  if (raw === undefined) {
    raw = indexLines(stringify(value))
    cache.set(value, raw)
  }
  return raw
}

function stringify(value: RedactedJson): string {
  // RedactedValue serialises itself to its placeholder through toJSON().
  return JSON.stringify(value, null, 2) ?? 'null'
}

/** One pass of indexOf: far cheaper than split('\n'), which allocates every line up front. */
export function indexLines(text: string): RawText {
  const starts: number[] = [0]
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1)
  return { text, starts: Uint32Array.from(starts) }
}

export function lineCount(raw: RawText): number {
  return raw.starts.length
}

export function lineAt(raw: RawText, index: number): string {
  const start = raw.starts[index] ?? raw.text.length
  const next = raw.starts[index + 1]
  return raw.text.slice(start, next === undefined ? raw.text.length : next - 1)
}

export const MAX_LINE_CHARS = 2000

/** Cuts a line to `max` characters, never between the halves of a surrogate pair. */
export function clipLine(line: string, max: number = MAX_LINE_CHARS): { shown: string; hidden: number } {
  if (line.length <= max) return { shown: line, hidden: 0 }
  const code = line.charCodeAt(max - 1)
  const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max
  return { shown: line.slice(0, end), hidden: line.length - end }
}
