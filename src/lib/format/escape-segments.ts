/**
 * Characters that can hide text or reorder what surrounds it: C0/C1 controls, bidi embeddings,
 * overrides, isolates and marks, line/paragraph separators, invisible spaces and operators, the
 * BOM, the soft hyphen, the Hangul filler, interlinear annotations and Unicode tag characters
 * (used to smuggle invisible text). ZWJ/ZWNJ stay: emoji and several scripts need them, and they
 * cannot reorder anything.
 */
const HAZARDS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /(?:[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDC7F])+/g

const SHORT_ESCAPES: Record<string, string> = {
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\f': '\\f',
  '\r': '\\r',
}

export interface TextSegment {
  text: string
  /** True when `text` is the visible escape of characters that were in the input. */
  escaped: boolean
}

/** JSON-style escape of one run of hazardous characters, so the raw view stays valid JSON. */
export function escapeRun(run: string): string {
  let out = ''
  for (let i = 0; i < run.length; i++) {
    const char = run.charAt(i)
    out += SHORT_ESCAPES[char] ?? `\\u${run.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')}`
  }
  return out
}

/** Splits text into plain runs and visible escapes of the characters listed above. */
export function splitHazards(text: string): TextSegment[] {
  HAZARDS.lastIndex = 0
  let match = HAZARDS.exec(text)
  if (match === null) return [{ text, escaped: false }]

  const segments: TextSegment[] = []
  let from = 0
  while (match !== null) {
    if (match.index > from) segments.push({ text: text.slice(from, match.index), escaped: false })
    segments.push({ text: escapeRun(match[0]), escaped: true })
    from = match.index + match[0].length
    match = HAZARDS.exec(text)
  }
  if (from < text.length) segments.push({ text: text.slice(from), escaped: false })
  return segments
}
