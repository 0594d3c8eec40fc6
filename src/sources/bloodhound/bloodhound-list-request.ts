/**
 * `GET /api/v2/audit` query strings (api-contracts.md §3; the server code, not the OpenAPI
 * text, decides what is filterable and sortable).
 *
 * Sorting. The server always orders by `created_at` descending and applies `sort_by` after it,
 * so `sort_by` only breaks ties between entries written in the same microsecond (a transaction's
 * rows share one timestamp). "Sort by actor" would look like it works and do nothing, so the
 * only order offered is time, newest first; `sort_by=-id` is sent so ties come back in one fixed
 * order and offset paging neither repeats nor skips a row.
 *
 * Filtering. `column=predicate:value`, and repeating a column ANDs: two `actor_id=eq:` can
 * never both hold. Our "these actors" means any of them, so BloodHound takes one actor
 * (`maxActors: 1`); given more, the last chosen one is sent. The same holds for one action and
 * one request id, name, email and source address (each an exact `eq:` on `actor_name`,
 * `actor_email`, `source_ip_address`: the whole text as logged). Outcomes: `status=eq:success` or `eq:failure` for one, and for both
 * `status=neq:intent` (the outcomes are exactly the rows that are not intents). Only `eq:` and
 * `neq:` are sent; the audit endpoint refuses `~eq` (decision 013).
 */
import type { AuditSearch } from '@/sources/audit-search'

import { isBloodHoundLogId, isBloodHoundUuid } from './bloodhound-ids'

export const BLOODHOUND_AUDIT_PATH = '/api/v2/audit'

const ORDERING = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'] as const
const EQUALITY = ['eq', 'neq'] as const

/** Filterable columns and their predicates, per the server code. `~eq` is refused with 400. */
export const BLOODHOUND_FILTERABLE: Readonly<Record<string, readonly string[]>> = {
  id: ORDERING,
  created_at: ORDERING,
  actor_id: EQUALITY,
  actor_name: EQUALITY,
  actor_email: EQUALITY,
  action: EQUALITY,
  request_id: EQUALITY,
  source_ip_address: EQUALITY,
  status: EQUALITY,
}

/** Sortable columns, per the server code (the OpenAPI text lists `actor_id`, `request_id`, `source` instead). */
export const BLOODHOUND_SORTABLE: readonly string[] = [
  'id',
  'actor_name',
  'actor_email',
  'action',
  'created_at',
  'source_ip_address',
  'status',
]

/** Query parameters that are not column filters. */
export const BLOODHOUND_RESERVED_PARAMS: readonly string[] = ['skip', 'offset', 'limit', 'before', 'after', 'sort_by']

/**
 * Without `after` the server reads only the year before `before`; "any time" means any time, so
 * an open start is sent as the epoch.
 */
export const BLOODHOUND_OPEN_START = '1970-01-01T00:00:00Z'

type Param = readonly [name: string, value: string]

/** RFC 3339 for an inclusive start: the millisecond itself. */
function startInstant(ms: number): string {
  return new Date(ms).toISOString()
}

/**
 * RFC 3339 for an inclusive end. Our bounds are whole milliseconds and the server keeps
 * microseconds, so the end is the last microsecond of that millisecond.
 */
function endInstant(ms: number): string {
  return new Date(ms).toISOString().replace(/Z$/, '999Z')
}

function isInstant(ms: number | undefined): ms is number {
  return ms !== undefined && Number.isFinite(ms) && Math.abs(ms) <= 8.64e15
}

/** `:` stays readable (`actor_id=eq:…`, `after=2024-01-01T00:00:00Z`); it needs no escaping in a query. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':')
}

export function encodeParams(params: readonly Param[]): string {
  return params.map(([name, value]) => `${encode(name)}=${encode(value)}`).join('&')
}

export function bloodhoundListParams(search: AuditSearch): Param[] {
  // `limit=0` would mean "no limit": a page always asks for at least one entry.
  const limit = Math.max(1, Math.floor(search.pageSize))
  const offset = String(Math.max(0, Math.floor(search.page)) * limit)
  const params: Param[] = [
    // Newer servers read `skip`, older ones only `offset`: both, with the same value.
    ['skip', offset],
    ['offset', offset],
    ['limit', String(limit)],
    ['after', isInstant(search.range.start) ? startInstant(search.range.start) : BLOODHOUND_OPEN_START],
  ]
  if (isInstant(search.range.end)) params.push(['before', endInstant(search.range.end)])
  params.push(['sort_by', '-created_at'], ['sort_by', '-id'])
  const actor = search.filters.actors.findLast((party) => isBloodHoundUuid(party.id))
  if (actor) params.push(['actor_id', `eq:${actor.id.toLowerCase()}`])
  const action = search.filters.actions?.findLast((name) => name.length > 0)
  if (action) params.push(['action', `eq:${action}`])
  const outcomes = new Set(search.filters.outcomes ?? [])
  if (outcomes.size === 2) params.push(['status', 'neq:intent'])
  else for (const outcome of outcomes) params.push(['status', `eq:${outcome}`])
  const request = search.filters.requestIds?.findLast((party) => isBloodHoundUuid(party.id))
  if (request) params.push(['request_id', `eq:${request.id.toLowerCase()}`])
  // Exact values as logged: `eq:` matches the whole text (the server has no other string match).
  for (const [column, refs] of [
    ['actor_name', search.filters.actorNames],
    ['actor_email', search.filters.actorEmails],
    ['source_ip_address', search.filters.sourceAddresses],
  ] as const) {
    const value = refs?.findLast((ref) => ref.id.length > 0)?.id
    if (value) params.push([column, `eq:${value}`])
  }
  return params
}

export function bloodhoundListQuery(search: AuditSearch): string {
  return encodeParams(bloodhoundListParams(search))
}

/**
 * There is no endpoint for one entry: it is the list filtered to that id. The open start keeps
 * an entry older than a year reachable.
 */
export function bloodhoundEventQuery(id: string): string {
  if (!isBloodHoundLogId(id)) throw new Error(`"${id.slice(0, 40)}" is not a BloodHound audit-log id.`)
  return encodeParams([
    ['id', `eq:${id}`],
    ['limit', '1'],
    ['after', BLOODHOUND_OPEN_START],
  ])
}
