import { isRedactedValue, type RedactedJson } from '@/lib/redaction'

/** Enough to read a value on one line; the rest is in the entries' own JSON trees. */
export const PREVIEW_CHARS = 200

/**
 * A value as one line of JSON, cut at about `max` characters with "…": the work stops at the
 * limit, so an added 1 MB object costs no more than a small one. Redacted values print as their
 * placeholders, which the view shows as badges.
 */
export function previewJson(value: RedactedJson, max = PREVIEW_CHARS): string {
  let out = ''
  const full = () => out.length >= max
  const write = (node: RedactedJson) => {
    if (full()) return
    if (node === null || typeof node !== 'object' || isRedactedValue(node)) {
      out += typeof node === 'string' ? JSON.stringify(node.slice(0, max - out.length + 1)) : JSON.stringify(node)
      return
    }
    const isArray = Array.isArray(node)
    out += isArray ? '[' : '{'
    const keys = isArray ? null : Object.keys(node)
    const length = isArray ? node.length : keys!.length
    for (let i = 0; i < length && !full(); i++) {
      if (i > 0) out += ', '
      if (isArray) write(node[i]!)
      else {
        out += `${JSON.stringify(keys![i]!.slice(0, max))}: `
        write((node as Record<string, RedactedJson>)[keys![i]!]!)
      }
    }
    out += isArray ? ']' : '}'
  }
  write(value)
  return out.length > max ? `${out.slice(0, max)}…` : out
}
