import { useQuery } from '@tanstack/react-query'

import { auditLogListOptions } from '@/features/audit-logs/api/get-audit-logs'
import type { AuditSearch } from '@/sources/audit-search'
import { useSourceClient } from '@/sources/source-client-context'

/**
 * The change before an entry: one list request through the source client, so its entry is decoded
 * and redacted as every listed entry is before it is cached. Cached as a list page, so opening the
 * previous entry from its link needs no request. `null`: no earlier change.
 */
export function usePreviousChange(search: AuditSearch | undefined, enabled: boolean) {
  const client = useSourceClient()
  return useQuery({
    ...auditLogListOptions(client, search!),
    enabled: enabled && search !== undefined,
    // Not the list's "keep the previous page": that would show another entry's previous change.
    placeholderData: undefined,
    // What came before an entry does not change.
    staleTime: Infinity,
    select: (page) => page.events[0] ?? null,
  })
}
