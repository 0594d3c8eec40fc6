import type { AuditEvent } from '@/sources/audit-event'
import { type AuditFilters, type AuditSearch, EMPTY_FILTERS } from '@/sources/audit-search'
import type { SourceCapabilities } from '@/sources/audit-source'

/**
 * The search that finds the change made before `event` to the same resource, as one list request
 * of one entry: the same targets (the secondary one names the resource when there is one), the
 * same request (resource and action, so like is compared with like: a patch with the patch
 * before it), a success (a failed request changed nothing), ending just before this entry,
 * latest first. Undefined when the source cannot ask for that or the entry changed no resource
 * (no target, no request body).
 */
export function previousChangeSearch(event: AuditEvent, capabilities: SourceCapabilities): AuditSearch | undefined {
  const { filters } = capabilities
  if (!capabilities.previousChange || !capabilities.timeRange || !capabilities.sortFields.includes('time')) return
  if (event.request.body === undefined || !Number.isFinite(event.timeMs)) return
  const primary = event.primaryTarget?.id
  const secondary = event.secondaryTarget?.id
  if (!primary || !filters.primaryTargets || (secondary && !filters.secondaryTargets)) return
  const { resource, action } = event.request
  const search: AuditFilters = {
    ...EMPTY_FILTERS,
    primaryTargets: [{ id: primary }],
    secondaryTargets: secondary ? [{ id: secondary }] : [],
    requests: filters.requests && resource ? [action ? { resource, action } : { resource }] : [],
    statusClasses: filters.statusClasses?.includes('2xx') ? ['2xx'] : [],
  }
  return {
    sort: { field: 'time', direction: 'desc' },
    page: 0,
    pageSize: 1,
    filters: search,
    // Inclusive bounds: up to the millisecond before this entry, back as far as the log goes.
    range: { end: event.timeMs - 1 },
  }
}
