/**
 * Reads the search box: `key:value` terms on different keys AND, a key repeated ORs its values
 * (Losant's own semantics), words without a key are left to a scan of the entries, and a lone
 * entry id is a lookup. A query is taken whole or not at all: any problem is reported with the
 * term it is about, and nothing is sent.
 */
import { formatLocalDateTime, parseLocalDateTime, resolvePreset } from '@/features/audit-logs/range/range-params'
import { parseFilters, serializeFilters } from '@/features/audit-logs/search/filter-params'
import { queryMessages } from '@/lib/i18n/query-messages'
import type { AuditFilters, RangePreset, TimeRange } from '@/sources/audit-search'
import { EMPTY_FILTERS, RANGE_PRESETS } from '@/sources/audit-search'
import { filterValueCounts, type ValueListKey } from '@/sources/filter-value-limit'
import { statusClassesFit } from '@/sources/status-class-codes'

import type { QueryContext } from './query-context'
import { keySpec, QUERY_KEYS, type QueryKey, servedKeys } from './query-keys'
import type { QueryTerm, TextSpan } from './query-terms'
import { quoteValue, tokenizeQuery } from './query-terms'

const errors = queryMessages.errors

export interface QueryError extends TextSpan {
  message: string
}

/** A lone id: an entry to open, or (where the server logs request ids) a request to find. */
export interface QueryLookup {
  kind: 'entry' | 'request'
  id: string
}

export type ParsedQuery =
  | { ok: true; filters: AuditFilters; range: TimeRange; words: string[]; lookup?: QueryLookup }
  | { ok: false; errors: QueryError[] }

const MINUTE = 60_000
const UNIT_MS: Record<string, number> = {
  m: MINUTE,
  h: 60 * MINUTE,
  d: 1440 * MINUTE,
  w: 7 * 1440 * MINUTE,
  y: 365 * 1440 * MINUTE,
}
const RELATIVE = /^(\d{1,5})([mhdwy])$/i
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})$/i

/** Which of the server's value lists each key fills (FilterCapabilities.maxValuesPerList). */
const VALUE_LIST: Partial<Record<QueryKey, ValueListKey>> = {
  actor: 'actor',
  'actor-type': 'actor',
  target: 'primaryTarget',
  'target-type': 'primaryTarget',
  'sub-resource': 'secondaryTarget',
  'sub-resource-type': 'secondaryTarget',
  request: 'request',
  method: 'request',
}

interface TimeBound {
  instant: number
  /** `7d` alone after `after:` names the "last 7 days" preset. */
  preset?: RangePreset
}

/** A time as typed: relative to now (`7d`), a local date or minute, or an instant with its zone. */
function readTime(value: string, context: QueryContext): TimeBound | undefined {
  const relative = RELATIVE.exec(value)
  if (relative) {
    const minute = Math.floor(context.now / MINUTE) * MINUTE
    const text = `${Number(relative[1])}${relative[2]!.toLowerCase()}`
    const preset = (RANGE_PRESETS as readonly string[]).includes(text) ? (text as RangePreset) : undefined
    return { instant: minute - Number(relative[1]) * UNIT_MS[relative[2]!.toLowerCase()]!, preset }
  }
  const local = parseLocalDateTime(value, context.zone, 'start')
  if (local !== undefined) return { instant: local }
  if (INSTANT.test(value)) {
    const ms = Date.parse(value)
    if (!Number.isNaN(ms)) return { instant: Math.floor(ms / MINUTE) * MINUTE }
  }
  return undefined
}

function isLookup(terms: readonly QueryTerm[], context: QueryContext): QueryLookup | undefined {
  if (terms.length !== 1 || terms[0]!.key !== undefined) return undefined
  const id = terms[0]!.value
  const { source } = context
  if (source.capabilities.eventById && source.isEventId(id)) return { kind: 'entry', id }
  if (source.capabilities.filters.requestIds && source.isEntityId(id)) return { kind: 'request', id }
  return undefined
}

export function parseQuery(text: string, context: QueryContext): ParsedQuery {
  const tokens = tokenizeQuery(text)
  if (!tokens.ok) return { ok: false, errors: [{ ...tokens.unclosedQuote, message: errors.unclosedQuote }] }
  const { terms } = tokens
  const lookup = isLookup(terms, context)
  if (lookup) return { ok: true, filters: EMPTY_FILTERS, range: {}, words: [], lookup }

  const { source } = context
  const caps = source.capabilities
  const problems: QueryError[] = []
  const fail = (term: TextSpan, message: string) => problems.push({ start: term.start, end: term.end, message })
  const filters: AuditFilters = { ...EMPTY_FILTERS }
  const words: string[] = []
  const times: Partial<Record<'after' | 'before', { term: QueryTerm; bound: TimeBound }>> = {}
  /** The last term that filled each server list, to mark when the list overflows. */
  const lastFill: Partial<Record<ValueListKey, QueryTerm>> = {}
  let lastStatus: QueryTerm | undefined

  for (const term of terms) {
    if (term.key === undefined) {
      words.push(term.value)
      continue
    }
    const spec = keySpec(term.key)
    if (!spec) {
      fail(
        term,
        errors.unknownKey(
          term.key,
          servedKeys(source).map((served) => served.key),
        ),
      )
      continue
    }
    if (!spec.served(source)) {
      fail(term, errors.keyNotServed(term.key, source.label))
      continue
    }
    if (term.value === '') {
      fail(term, errors.empty(term.key))
      continue
    }
    if (spec.key === 'after' || spec.key === 'before') {
      const bound = readTime(term.value, context)
      if (!bound) fail(term, errors.notADate(spec.key, term.value))
      else if (times[spec.key]) fail(term, errors.twice(spec.key))
      else times[spec.key] = { term, bound }
      continue
    }
    const problem = spec.read!(term.value, filters, context)
    if (problem) {
      fail(term, problem)
      continue
    }
    const list = VALUE_LIST[spec.key]
    if (list) lastFill[list] = term
    if (spec.key === 'status') lastStatus = term
  }

  const max = caps.filters.maxValuesPerList
  if (max !== undefined) {
    const counts = filterValueCounts(filters)
    for (const [list, term] of Object.entries(lastFill) as [ValueListKey, QueryTerm][]) {
      if (counts[list] > max) fail(term, errors.overValueLimit(term.key!, max))
    }
  }
  const codes = caps.filters.statusCodes
  if (
    codes &&
    lastStatus &&
    !statusClassesFit(filters.statusClasses, caps.filters.statusClasses ?? [], codes, filters.statusCodes)
  ) {
    fail(lastStatus, errors.statusClassesDoNotFit(codes.maxPerRequest))
  }

  const range = readRange(times, context, fail)
  if (problems.length === 0) {
    const lost = whatTheUrlDrops(filters, context)
    if (lost.length) fail({ start: 0, end: text.length }, errors.notHeld(lost.join(', ')))
  }
  if (problems.length) return { ok: false, errors: problems.sort((a, b) => a.start - b.start) }
  return { ok: true, filters, range, words }
}

function readRange(
  times: Partial<Record<'after' | 'before', { term: QueryTerm; bound: TimeBound }>>,
  context: QueryContext,
  fail: (term: TextSpan, message: string) => void,
): TimeRange {
  const { after, before } = times
  if (after?.bound.preset && !before) return resolvePreset(after.bound.preset, context.now)
  const start = after?.bound.instant
  // `before:` is exclusive; the range keeps inclusive bounds, so it ends a millisecond earlier.
  const end = before === undefined ? undefined : before.bound.instant - 1
  if (start !== undefined && end !== undefined && start > end) {
    fail(before!.term, errors.reversed)
    return {}
  }
  return { ...(start !== undefined && { start }), ...(end !== undefined && { end }) }
}

/**
 * What the page's address could not keep of these filters (the same reading a link gets): the
 * checks above should leave nothing, and this makes sure a query is never applied in part.
 */
function whatTheUrlDrops(filters: AuditFilters, { source }: QueryContext): string[] {
  const params = new URLSearchParams()
  serializeFilters(filters, params)
  const lost: string[] = []
  parseFilters(params, { filters: source.capabilities.filters, isEntityId: source.isEntityId }, (what) =>
    lost.push(what),
  )
  return lost
}

/** The query that reads back to these filters and range, in key order; scan words go last. */
export function printQuery(
  filters: AuditFilters,
  range: TimeRange,
  context: Pick<QueryContext, 'zone'>,
  words: readonly string[] = [],
): string {
  const terms: string[] = []
  for (const spec of QUERY_KEYS) {
    for (const value of spec.write?.(filters) ?? []) terms.push(`${spec.key}:${quoteValue(value)}`)
  }
  if (range.preset) terms.push(`after:${range.preset}`)
  else {
    if (range.start !== undefined) terms.push(`after:${formatLocalDateTime(range.start, context.zone, 'start')}`)
    if (range.end !== undefined) terms.push(`before:${formatLocalDateTime(range.end + 1, context.zone, 'start')}`)
  }
  for (const word of words) terms.push(quoteValue(word, { bareWord: true }))
  return terms.join(' ')
}
