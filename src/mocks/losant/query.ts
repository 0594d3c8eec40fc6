// The list endpoint's semantics, as pure functions: parse and validate the query string the
// way Losant's Express server would (qs for the bracket-encoded filter, then the JSON schema in
// reference/losant/auditLogFilter.json), then filter, sort and page a dataset.
//
// How filter entries combine is not documented by Losant. Our reading, used here:
//   - items within one key are alternatives (OR): actor[0] or actor[1];
//   - different keys must all match (AND): an actor item and a request item and …;
//   - within one item every given field must match exactly (type, id, name; resource, action).
import qs from 'qs'
import { z } from 'zod'

import {
  ACTOR_TYPES,
  type LosantAuditLog,
  type LosantAuditLogCollection,
  type LosantErrorBody,
  OBJECT_ID_PATTERN,
  PRIMARY_TARGET_TYPES,
  SECONDARY_TARGET_TYPES,
  SORT_FIELDS,
  type SortDirection,
  type SortField,
} from './schema'

export type QueryResult<T> = { ok: true; value: T } | { ok: false; status: 400; body: LosantErrorBody }

const MAX_NAME_LENGTH = 1024
const MAX_PER_PAGE = 1000

function targetItem<const Types extends readonly [string, ...string[]]>(types: Types) {
  return z.strictObject({
    type: z.enum(types).optional(),
    id: z.string().regex(OBJECT_ID_PATTERN, 'must be a 24-character hex id').optional(),
    name: z.string().max(MAX_NAME_LENGTH).optional(),
  })
}

// Status codes arrive as strings on the wire; JSON callers may send numbers.
const RESPONSE_CODE_RULE = 'must be an integer from 100 to 599'
const responseCode = z.preprocess(
  (value) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value),
  z.number(RESPONSE_CODE_RULE).int(RESPONSE_CODE_RULE).min(100, RESPONSE_CODE_RULE).max(599, RESPONSE_CODE_RULE),
)

const auditLogFilterSchema = z.strictObject({
  actor: z.array(targetItem(ACTOR_TYPES)).optional(),
  primaryTarget: z.array(targetItem(PRIMARY_TARGET_TYPES)).optional(),
  secondaryTarget: z.array(targetItem(SECONDARY_TARGET_TYPES)).optional(),
  request: z
    .array(
      z.strictObject({
        resource: z.string().max(MAX_NAME_LENGTH).optional(),
        action: z.string().max(MAX_NAME_LENGTH).optional(),
      }),
    )
    .optional(),
  responseCode: z.array(responseCode).optional(),
})

export type LosantAuditLogFilter = z.infer<typeof auditLogFilterSchema>

export interface LosantListQuery {
  sortField: SortField
  sortDirection: SortDirection
  page: number
  perPage: number
  /** Inclusive bounds on creationDate, epoch milliseconds. */
  start?: number
  end?: number
  filter: LosantAuditLogFilter
}

function invalid(message: string): QueryResult<never> {
  return { ok: false, status: 400, body: { type: 'Validation', message } }
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`),
    'auditLogFilter',
  )
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `${pathOf(issue.path)} has unknown ${issue.keys.length > 1 ? 'keys' : 'key'} ${issue.keys.map((key) => `"${key}"`).join(', ')}`
  }
  return `${pathOf(issue.path)}: ${issue.message}`
}

type Parsed = qs.ParsedQs[string]

/** Empty counts as absent, as Losant's own schema allows "" for sortDirection. */
function optionalString(parsed: qs.ParsedQs, name: string): QueryResult<string | undefined> {
  const value: Parsed = parsed[name]
  if (value === undefined || value === '') return { ok: true, value: undefined }
  if (typeof value !== 'string') return invalid(`${name} must be a single value`)
  return { ok: true, value }
}

function optionalInteger(
  parsed: qs.ParsedQs,
  name: string,
  min: number,
  max: number,
  rule: string,
): QueryResult<number | undefined> {
  const raw = optionalString(parsed, name)
  if (!raw.ok) return raw
  if (raw.value === undefined) return { ok: true, value: undefined }
  const value = /^\d+$/.test(raw.value) ? Number(raw.value) : Number.NaN
  if (!Number.isSafeInteger(value) || value < min || value > max) return invalid(`${name} must be ${rule}`)
  return { ok: true, value }
}

/** Reads the list query from a URLSearchParams or a raw query string (with or without "?"). */
export function parseListQuery(query: URLSearchParams | string): QueryResult<LosantListQuery> {
  const raw = typeof query === 'string' ? query : query.toString()
  // Exactly as Losant's Express server reads it: qs with its default options. Beyond 20 items
  // (arrayLimit) an array, written indexed, with empty brackets or as repeated keys, arrives
  // as an object, which the filter schema then rejects.
  const parsed = qs.parse(raw, { ignoreQueryPrefix: true })

  const sortField = optionalString(parsed, 'sortField')
  if (!sortField.ok) return sortField
  if (sortField.value !== undefined && !(SORT_FIELDS as readonly string[]).includes(sortField.value)) {
    return invalid(`sortField must be one of ${SORT_FIELDS.join(', ')}`)
  }
  const sortDirection = optionalString(parsed, 'sortDirection')
  if (!sortDirection.ok) return sortDirection
  const direction = sortDirection.value?.toLowerCase() ?? 'desc'
  if (direction !== 'asc' && direction !== 'desc') return invalid('sortDirection must be one of asc, desc')

  const page = optionalInteger(parsed, 'page', 0, Number.MAX_SAFE_INTEGER, 'an integer of 0 or more')
  if (!page.ok) return page
  const perPage = optionalInteger(parsed, 'perPage', 1, MAX_PER_PAGE, `an integer from 1 to ${MAX_PER_PAGE}`)
  if (!perPage.ok) return perPage
  const start = optionalInteger(parsed, 'start', 0, Number.MAX_SAFE_INTEGER, 'a time in epoch milliseconds')
  if (!start.ok) return start
  const end = optionalInteger(parsed, 'end', 0, Number.MAX_SAFE_INTEGER, 'a time in epoch milliseconds')
  if (!end.ok) return end
  if (start.value !== undefined && end.value !== undefined && start.value > end.value) {
    return invalid('start must not be after end')
  }

  const rawFilter = parsed.auditLogFilter
  let filter: LosantAuditLogFilter = {}
  if (rawFilter !== undefined && rawFilter !== '') {
    if (typeof rawFilter !== 'object' || Array.isArray(rawFilter)) return invalid('auditLogFilter must be an object')
    const result = auditLogFilterSchema.safeParse(rawFilter)
    if (!result.success) return invalid(result.error.issues.map(describeIssue).join('; '))
    filter = result.data
  }

  return {
    ok: true,
    value: {
      sortField: (sortField.value as SortField | undefined) ?? 'creationDate',
      sortDirection: direction,
      page: page.value ?? 0,
      perPage: perPage.value ?? 100,
      ...(start.value !== undefined ? { start: start.value } : {}),
      ...(end.value !== undefined ? { end: end.value } : {}),
      filter,
    },
  }
}

interface TargetItem {
  type?: string
  id?: string
  name?: string
}

function matchesTarget(
  item: TargetItem,
  type: string | undefined,
  id: string | undefined,
  name: string | undefined,
): boolean {
  return (
    (item.type === undefined || item.type === type) &&
    (item.id === undefined || item.id === id) &&
    (item.name === undefined || item.name === name)
  )
}

/** An absent or empty key does not constrain; otherwise one of its items must match. */
function anyOf<T>(items: readonly T[] | undefined, matches: (item: T) => boolean): boolean {
  return items === undefined || items.length === 0 || items.some(matches)
}

export function matchesFilter(entry: LosantAuditLog, filter: LosantAuditLogFilter): boolean {
  return (
    anyOf(filter.actor, (item) => matchesTarget(item, entry.actorType, entry.actorId, entry.actorName)) &&
    anyOf(filter.primaryTarget, (item) =>
      matchesTarget(item, entry.primaryTargetType, entry.primaryTargetId, entry.primaryTargetName),
    ) &&
    anyOf(filter.secondaryTarget, (item) =>
      matchesTarget(item, entry.secondaryTargetType, entry.secondaryTargetId, entry.secondaryTargetName),
    ) &&
    anyOf(
      filter.request,
      (item) =>
        (item.resource === undefined || item.resource === entry.requestResource) &&
        (item.action === undefined || item.action === entry.requestAction),
    ) &&
    anyOf(filter.responseCode, (code) => code === entry.responseStatus)
  )
}

type SortKey = string | number | undefined

function sortKey(entry: LosantAuditLog, field: SortField): SortKey {
  if (field === 'actorName') return entry.actorName?.toLowerCase()
  if (field === 'responseStatus') return entry.responseStatus
  return entry.creationDate
}

function compareKeys(a: SortKey, b: SortKey): number {
  if (a === b) return 0
  if (a === undefined) return 1
  if (b === undefined) return -1
  return a < b ? -1 : 1
}

/** Newest first, then id: the order ties fall back to whatever the sort field. */
function compareDefault(a: LosantAuditLog, b: LosantAuditLog): number {
  return -compareKeys(a.creationDate, b.creationDate) || compareKeys(a.id, b.id)
}

function sortEntries(entries: readonly LosantAuditLog[], field: SortField, direction: SortDirection): LosantAuditLog[] {
  const sign = direction === 'asc' ? 1 : -1
  return entries
    .map((entry) => ({ entry, key: sortKey(entry, field) }))
    .sort((a, b) => {
      // Entries without the field go last in both directions.
      if (a.key === undefined || b.key === undefined)
        return compareKeys(a.key, b.key) || compareDefault(a.entry, b.entry)
      return sign * compareKeys(a.key, b.key) || compareDefault(a.entry, b.entry)
    })
    .map(({ entry }) => entry)
}

function inRange(entry: LosantAuditLog, start: number | undefined, end: number | undefined): boolean {
  if (start === undefined && end === undefined) return true
  const time = Date.parse(entry.creationDate)
  return (start === undefined || time >= start) && (end === undefined || time <= end)
}

export interface AuditLogSource {
  orgId: string
  entries: readonly LosantAuditLog[]
}

export function listAuditLogs(source: AuditLogSource, query: LosantListQuery): LosantAuditLogCollection {
  const matches = source.entries.filter(
    (entry) => inRange(entry, query.start, query.end) && matchesFilter(entry, query.filter),
  )
  const sorted = sortEntries(matches, query.sortField, query.sortDirection)
  const items = sorted.slice(query.page * query.perPage, (query.page + 1) * query.perPage)
  return {
    items,
    count: items.length,
    totalCount: matches.length,
    perPage: query.perPage,
    page: query.page,
    sortField: query.sortField,
    sortDirection: query.sortDirection,
    orgId: source.orgId,
  }
}

/** Parse, then list: what the HTTP handler does with a request's query string. */
export function queryAuditLogs(
  source: AuditLogSource,
  query: URLSearchParams | string,
): QueryResult<LosantAuditLogCollection> {
  const parsed = parseListQuery(query)
  return parsed.ok ? { ok: true, value: listAuditLogs(source, parsed.value) } : parsed
}
