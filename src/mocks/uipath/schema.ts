// UiPath's audit-log contract as plain types, written from shared/api-contracts.md §2 (UiPath's
// guide shows an example entry, not a schema). Kept here, not imported from the app, so the demo
// API stays an independent reading of the contract.

/** One entry as the list returns it. UiPath's entries have no id. */
export interface UiPathAuditLogEntry {
  /** ISO 8601 with seven fraction digits and an offset: `2021-10-14T13:10:15.1964174+00:00`. */
  createdOn: string
  category: string
  action: string
  /** A JSON document encoded as a string (a couple in the demo are deliberately not JSON). */
  auditLogDetails: string
  userName: string
  email: string | null
  message: string
  detailsVersion: string
  source: string
}

/** `GET …/audit_/api/auditlogs` */
export interface UiPathAuditLogList {
  totalCount: number
  results: UiPathAuditLogEntry[]
}

/** The DTO properties `sortBy` accepts ("createdOn, category, email, etc."). */
export const SORT_BY_FIELDS = ['createdOn', 'category', 'action', 'userName', 'email', 'source'] as const
export type SortByField = (typeof SORT_BY_FIELDS)[number]

/** Languages the demo writes messages in; any other `language` gets English. */
export const MESSAGE_LANGUAGES = ['en', 'fr', 'de'] as const
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number]
