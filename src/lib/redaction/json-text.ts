import { UNREADABLE } from './safe-read'

/** `{…}` or `[…]` around optional whitespace; checked first because failed parses are slow. */
export function looksLikeJsonContainer(text: string): boolean {
  let first = 0
  while (first < text.length && isJsonWhitespace(text.charCodeAt(first))) first++
  let last = text.length - 1
  while (last > first && isJsonWhitespace(text.charCodeAt(last))) last--
  const open = text.charCodeAt(first)
  const close = text.charCodeAt(last)
  return last > first && ((open === 123 && close === 125) || (open === 91 && close === 93))
}

/** The parsed object or array, or UNREADABLE when `text` is not JSON (or nests too deep to parse). */
export function parseJsonContainer(text: string): object | typeof UNREADABLE {
  try {
    const parsed: unknown = JSON.parse(text)
    return typeof parsed === 'object' && parsed !== null ? parsed : UNREADABLE
  } catch {
    return UNREADABLE
  }
}

function isJsonWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13
}
