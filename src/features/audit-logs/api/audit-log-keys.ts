import type { AuditSearch } from '@/sources/audit-search'
import type { SourceClient } from '@/sources/source-client'

/**
 * Query keys: every input the server sees is in the key (source, API, org, search), the token
 * never is. Hierarchical so a whole source, all lists or one entry can be invalidated.
 */
export const auditLogKeys = {
  all: (scope: SourceClient['scope']) => ['audit-logs', ...scope] as const,
  lists: (scope: SourceClient['scope']) => [...auditLogKeys.all(scope), 'list'] as const,
  list: (scope: SourceClient['scope'], search: AuditSearch) => [...auditLogKeys.lists(scope), search] as const,
  /** How many entries match a search: one cheap request each (filter counts, chart buckets). */
  counts: (scope: SourceClient['scope']) => [...auditLogKeys.all(scope), 'count'] as const,
  count: (scope: SourceClient['scope'], search: AuditSearch) => [...auditLogKeys.counts(scope), search] as const,
  details: (scope: SourceClient['scope']) => [...auditLogKeys.all(scope), 'detail'] as const,
  detail: (scope: SourceClient['scope'], id: string) => [...auditLogKeys.details(scope), id] as const,
}
