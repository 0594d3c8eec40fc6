/**
 * The search box's text as terms: `key:value`, `key:"a value with spaces"`, bare words and
 * `"quoted phrases"`. Positions are kept so an error can mark the term it is about.
 * Inside quotes, `\"` is a quote and `\\` a backslash; nothing else is special.
 */

export interface QueryTerm {
  /** Lower-cased key before the colon; absent for a bare word or phrase. */
  key?: string
  value: string
  /** Where the term starts and ends in the text (end exclusive). */
  start: number
  end: number
}

export interface TextSpan {
  start: number
  end: number
}

export type TokenizeResult = { ok: true; terms: QueryTerm[] } | { ok: false; unclosedQuote: TextSpan }

/** A key is letters and dashes before a colon: `target-type:`. Anything else is part of a word. */
const KEY = /^([a-z][a-z-]*):/i

function isSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/.test(char)
}

/** Reads a quoted value from `open` (the opening quote); undefined when it never closes. */
function readQuoted(text: string, open: number): { value: string; end: number } | undefined {
  let value = ''
  for (let index = open + 1; index < text.length; index++) {
    const char = text[index]!
    if (char === '\\' && (text[index + 1] === '"' || text[index + 1] === '\\')) {
      value += text[index + 1]
      index++
    } else if (char === '"') {
      return { value, end: index + 1 }
    } else {
      value += char
    }
  }
  return undefined
}

export function tokenizeQuery(text: string): TokenizeResult {
  const terms: QueryTerm[] = []
  let index = 0
  while (index < text.length) {
    if (isSpace(text[index])) {
      index++
      continue
    }
    const start = index
    const key = KEY.exec(text.slice(index))
    if (key) index += key[0].length
    let value: string
    if (text[index] === '"') {
      const quoted = readQuoted(text, index)
      if (!quoted) return { ok: false, unclosedQuote: { start, end: text.length } }
      value = quoted.value
      index = quoted.end
      // `key:"a b"c` reads as one term; the text after the quote belongs to it.
      while (index < text.length && !isSpace(text[index])) value += text[index++]
    } else {
      const valueStart = index
      while (index < text.length && !isSpace(text[index])) index++
      value = text.slice(valueStart, index)
    }
    terms.push(key ? { key: key[1]!.toLowerCase(), value, start, end: index } : { value, start, end: index })
  }
  return { ok: true, terms }
}

/** A value as the box writes it: bare when it reads back as itself, else quoted. */
export function quoteValue(value: string, { bareWord = false }: { bareWord?: boolean } = {}): string {
  const plain = value !== '' && !/[\s"\\]/.test(value) && !(bareWord && KEY.test(value))
  return plain ? value : `"${value.replace(/[\\"]/g, (char) => `\\${char}`)}"`
}
