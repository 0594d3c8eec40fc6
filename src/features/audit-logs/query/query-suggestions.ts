/**
 * What the box offers for the term being typed: keys first, then the values the source knows for
 * a key (types, requests, status classes, actors seen in the loaded entries), from what is on hand —
 * never a request per keystroke.
 */
import { queryMessages } from '@/lib/i18n/query-messages'
import { RANGE_PRESETS } from '@/sources/audit-search'

import type { QueryContext } from './query-context'
import { keySpec, servedKeys } from './query-keys'
import type { TextSpan } from './query-terms'
import { quoteValue } from './query-terms'

export interface Suggestion {
  /** Stable within one list, for the option's id. */
  id: string
  label: string
  detail?: string
  /** What replaces the term being typed. */
  insert: string
}

export interface Suggestions {
  /** The term being typed, which a chosen suggestion replaces. */
  replace: TextSpan
  items: Suggestion[]
}

const MAX_ITEMS = 8
const m = queryMessages

/** The term the caret is in: from the last space outside quotes before the caret to the next space. */
export function termAt(text: string, caret: number): TextSpan {
  let start = 0
  let quoted = false
  for (let index = 0; index < caret; index++) {
    const char = text[index]!
    if (char === '"' && text[index - 1] !== '\\') quoted = !quoted
    else if (!quoted && /\s/.test(char)) start = index + 1
  }
  let end = caret
  while (end < text.length && (quoted || !/\s/.test(text[end]!))) {
    if (text[end] === '"') quoted = !quoted
    end++
  }
  return { start, end }
}

const unquote = (value: string) =>
  value
    .replace(/^"/, '')
    .replace(/"$/, '')
    .replace(/\\(["\\])/g, '$1')

/** Matches at the start of a word rank before matches inside one. */
function rank(candidate: string, typed: string): number {
  const lower = candidate.toLowerCase()
  if (lower.startsWith(typed)) return 0
  if (lower.includes(typed)) return 1
  return -1
}

export function suggest(text: string, caret: number, context: QueryContext): Suggestions {
  const replace = termAt(text, caret)
  const term = text.slice(replace.start, replace.end)
  const colon = term.indexOf(':')
  const caps = context.source.capabilities
  if (colon === -1 || term.startsWith('"')) {
    const typed = term.toLowerCase()
    const items: Suggestion[] = servedKeys(context.source)
      .filter((spec) => spec.key.startsWith(typed))
      .map((spec) => ({
        id: `key-${spec.key}`,
        label: m.keySuggestion(spec.key),
        detail: m.keys[spec.key],
        insert: `${spec.key}:`,
      }))
    const lone = text.trim()
    if (term !== '' && lone === term) {
      if (caps.eventById && context.source.isEventId(term)) {
        items.unshift({ id: 'lookup', label: m.openEntry(term), insert: term })
      } else if (caps.filters.requestIds && context.source.isEntityId(term)) {
        items.unshift({ id: 'lookup', label: m.findRequest(term), insert: term })
      }
    }
    return { replace, items: items.slice(0, MAX_ITEMS) }
  }

  const key = term.slice(0, colon).toLowerCase()
  const spec = keySpec(key)
  if (!spec?.served(context.source)) return { replace, items: [] }
  const typed = unquote(term.slice(colon + 1)).toLowerCase()
  if (key === 'after' || key === 'before') {
    const items = RANGE_PRESETS.filter((preset) => preset.startsWith(typed)).map((preset) => ({
      id: `value-${preset}`,
      label: preset,
      insert: `${key}:${preset} `,
    }))
    return { replace, items }
  }
  const ranked = (spec.values?.(context) ?? [])
    .map((value) => ({
      value,
      rank: Math.min(...[rank(value.value, typed), rank(value.label, typed)].filter((r) => r >= 0), 9),
    }))
    .filter(({ rank: r }) => r < 9)
    .sort((a, b) => a.rank - b.rank || (b.value.count ?? 0) - (a.value.count ?? 0))
  const items = ranked.slice(0, MAX_ITEMS).map(({ value }, index) => ({
    id: `value-${index}`,
    label: value.label,
    detail: value.detail ?? (value.count ? m.valueCount(value.count) : undefined),
    insert: `${key}:${quoteValue(value.value)} `,
  }))
  return { replace, items }
}
