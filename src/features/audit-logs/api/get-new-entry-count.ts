import { useQuery } from '@tanstack/react-query'

import type { AuditSearch } from '@/sources/audit-search'
import { useSourceClient } from '@/sources/source-client-context'

import { auditLogCountOptions } from './get-audit-log-count'

/**
 * How many entries matching the search arrived after `newestMs`, asked every `intervalMs` while
 * enabled. TanStack Query pauses it while the tab is hidden or the browser is offline.
 */
export function useNewEntryCount(
  search: AuditSearch,
  newestMs: number | undefined,
  intervalMs: number,
  enabled: boolean,
) {
  const client = useSourceClient()
  const probe: AuditSearch = {
    ...search,
    range: { start: (newestMs ?? 0) + 1, ...(search.range.end !== undefined && { end: search.range.end }) },
  }
  return useQuery({
    ...auditLogCountOptions(client, probe),
    enabled: enabled && newestMs !== undefined,
    refetchInterval: intervalMs,
    refetchIntervalInBackground: false,
    staleTime: 0,
  })
}
