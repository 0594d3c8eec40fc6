import type { AuditSearch, SortField } from '@/sources/audit-search'
import type { HttpRequestSpec } from '@/sources/audit-source'

export const UIPATH_LIST_PATH = '/audit_/api/auditlogs'
export const UIPATH_DOWNLOAD_PATH = '/audit_/api/auditlogs/download'

/**
 * Our sort fields → UiPath's `sortBy` ("the DTO property used to sort audit entries by. For
 * example, createdOn, category, email"). Only the three the documentation names are mapped; the
 * source offers sorting on exactly these.
 */
export const UIPATH_SORT_BY = {
  time: 'createdOn',
  category: 'category',
  email: 'email',
} as const satisfies Partial<Record<SortField, string>>

export type UiPathSortField = keyof typeof UIPATH_SORT_BY

export function isUiPathSortField(field: SortField): field is UiPathSortField {
  return Object.hasOwn(UIPATH_SORT_BY, field)
}

/**
 * The list query in the order UiPath's own example uses
 * (`language=en&top=2&skip=2&sortBy=createdOn&sortOrder=asc`). A sort field UiPath does not
 * have falls back to the newest-first default; the UI never offers one.
 */
export function uipathListQuery(search: AuditSearch, language: string): string {
  const sortBy = isUiPathSortField(search.sort.field) ? UIPATH_SORT_BY[search.sort.field] : UIPATH_SORT_BY.time
  const sortOrder = isUiPathSortField(search.sort.field) ? search.sort.direction : 'desc'
  const pageSize = Math.max(1, Math.floor(search.pageSize))
  return new URLSearchParams({
    language,
    top: String(pageSize),
    skip: String(Math.max(0, Math.floor(search.page)) * pageSize),
    sortBy,
    sortOrder,
  }).toString()
}

/**
 * The CSV export of the newest `size` entries (`GET …/audit_/api/auditlogs/download`), for an
 * export feature. Pure: the caller fetches it (it is CSV, not JSON).
 */
export function uipathDownloadRequest(size: number, language: string = 'en'): HttpRequestSpec {
  if (!Number.isSafeInteger(size) || size < 1) {
    throw new RangeError(`The number of entries to download must be a whole number of 1 or more, not ${size}.`)
  }
  return { path: UIPATH_DOWNLOAD_PATH, query: new URLSearchParams({ language, size: String(size) }).toString() }
}
