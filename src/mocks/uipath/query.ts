// The list and download endpoints' semantics as pure functions. UiPath documents the parameters
// but not their validation or errors; our reading: bad values get 400 with a plain-text body
// (UiPath says nothing about the error body), unknown parameters are ignored, `sortBy` is
// matched case-insensitively as ASP.NET binds names, and an unknown `language` gets English.
import type { UiPathDataset, UiPathDemoEntry } from './dataset'
import {
  MESSAGE_LANGUAGES,
  type MessageLanguage,
  SORT_BY_FIELDS,
  type SortByField,
  type UiPathAuditLogEntry,
  type UiPathAuditLogList,
} from './schema'

export type QueryResult<T> = { ok: true; value: T } | { ok: false; status: 400; text: string }

export const DEFAULT_TOP = 20
export const MAX_TOP = 1000
export const MAX_DOWNLOAD_SIZE = 100_000

export interface UiPathListQuery {
  language: MessageLanguage
  top: number
  skip: number
  sortBy: SortByField
  sortOrder: 'asc' | 'desc'
}

function invalid(text: string): QueryResult<never> {
  return { ok: false, status: 400, text }
}

function languageOf(params: URLSearchParams): MessageLanguage {
  const language = params.get('language')?.trim().toLowerCase().split('-')[0] ?? 'en'
  return (MESSAGE_LANGUAGES as readonly string[]).includes(language) ? (language as MessageLanguage) : 'en'
}

function integer(
  params: URLSearchParams,
  name: string,
  fallback: number,
  min: number,
  max: number,
): QueryResult<number> {
  const raw = params.get(name)
  if (raw === null || raw.trim() === '') return { ok: true, value: fallback }
  const value = /^-?\d+$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    return invalid(
      `The value '${raw.slice(0, 40)}' is not valid for ${name}: it must be a whole number from ${min} to ${max}.`,
    )
  }
  return { ok: true, value }
}

export function parseListQuery(params: URLSearchParams): QueryResult<UiPathListQuery> {
  const top = integer(params, 'top', DEFAULT_TOP, 0, MAX_TOP)
  if (!top.ok) return top
  const skip = integer(params, 'skip', 0, 0, Number.MAX_SAFE_INTEGER)
  if (!skip.ok) return skip
  const rawSortBy = params.get('sortBy')
  let sortBy: SortByField = 'createdOn'
  if (rawSortBy !== null && rawSortBy !== '') {
    const match = SORT_BY_FIELDS.find((field) => field.toLowerCase() === rawSortBy.trim().toLowerCase())
    if (!match)
      return invalid(`Invalid sortBy '${rawSortBy.slice(0, 40)}'. Sort by one of: ${SORT_BY_FIELDS.join(', ')}.`)
    sortBy = match
  }
  const rawOrder = params.get('sortOrder')?.trim().toLowerCase() || 'desc'
  if (rawOrder !== 'asc' && rawOrder !== 'desc')
    return invalid(`Invalid sortOrder '${rawOrder.slice(0, 40)}'. Use asc or desc.`)
  return {
    ok: true,
    value: { language: languageOf(params), top: top.value, skip: skip.value, sortBy, sortOrder: rawOrder },
  }
}

function localized(item: UiPathDemoEntry, language: MessageLanguage): UiPathAuditLogEntry {
  return { ...item.entry, message: item.messages[language] }
}

/** Sorted by the field, then newest first, so equal categories or emails come back in a fixed order. */
function sorted(entries: readonly UiPathDemoEntry[], sortBy: SortByField, order: 'asc' | 'desc'): UiPathDemoEntry[] {
  const sign = order === 'asc' ? 1 : -1
  return [...entries].sort((a, b) => {
    const left = a.entry[sortBy] ?? ''
    const right = b.entry[sortBy] ?? ''
    if (left !== right) {
      // Text fields compare case-insensitively, as SQL Server's default collation does.
      const l = sortBy === 'createdOn' ? left : left.toLowerCase()
      const r = sortBy === 'createdOn' ? right : right.toLowerCase()
      if (l !== r) return (l < r ? -1 : 1) * sign
    }
    return a.entry.createdOn < b.entry.createdOn ? 1 : a.entry.createdOn > b.entry.createdOn ? -1 : 0
  })
}

export function listAuditLogs(dataset: UiPathDataset, query: UiPathListQuery): UiPathAuditLogList {
  const ordered =
    query.sortBy === 'createdOn' && query.sortOrder === 'desc'
      ? dataset.entries
      : sorted(dataset.entries, query.sortBy, query.sortOrder)
  return {
    totalCount: dataset.entries.length,
    results: ordered.slice(query.skip, query.skip + query.top).map((item) => localized(item, query.language)),
  }
}

export const CSV_COLUMNS = ['Date', 'Category', 'Action', 'User', 'Email', 'Source', 'Message', 'Details'] as const

/** RFC 4180: quote a field holding a comma, quote or line break; double the quotes inside. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

export function parseDownloadQuery(params: URLSearchParams): QueryResult<{ language: MessageLanguage; size: number }> {
  if (params.get('size') === null) return invalid('size is required: the number of newest entries to download.')
  const size = integer(params, 'size', 0, 1, MAX_DOWNLOAD_SIZE)
  if (!size.ok) return size
  return { ok: true, value: { language: languageOf(params), size: size.value } }
}

/** The newest `size` entries as CSV, header first, CRLF line ends. */
export function downloadCsv(
  dataset: UiPathDataset,
  { language, size }: { language: MessageLanguage; size: number },
): string {
  const rows = dataset.entries.slice(0, size).map((item) => {
    const entry = localized(item, language)
    return [
      entry.createdOn,
      entry.category,
      entry.action,
      entry.userName,
      entry.email ?? '',
      entry.source,
      entry.message,
      entry.auditLogDetails,
    ]
  })
  return [[...CSV_COLUMNS], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}
