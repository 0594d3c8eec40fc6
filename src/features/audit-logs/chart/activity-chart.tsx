import { useCallback, useMemo } from 'react'

import type { HistogramBucket } from '@/components/histogram/activity-histogram'
import { ActivityHistogram } from '@/components/histogram/activity-histogram'
import { countLimits, useAuditLogCounts } from '@/features/audit-logs/api/get-audit-log-count'
import { countingSearch } from '@/features/audit-logs/search/search-transitions'
import type { TimeZoneChoice } from '@/lib/format/format-time'
import { formatDateTime } from '@/lib/format/format-time'
import { describeError } from '@/lib/http/describe-error'
import { messages } from '@/lib/i18n'
import type { AuditSearch, TimeRange } from '@/sources/audit-search'

import { activityBuckets } from './activity-buckets'

interface Props {
  search: AuditSearch
  zone: TimeZoneChoice
  /** When the URL was read; an open range ends here. */
  now: number
  onZoom: (range: TimeRange) => void
  /**
   * False while the list is fetching: its page comes first, so the bucket counts (dozens of
   * requests, four at a time) start once the rows are in rather than competing with them.
   */
  counting: boolean
}

/**
 * How many entries fall in each part of the range, with the current filters. Loaded lazily and
 * fetched at a bounded rate after the list's page, so it never holds up the table.
 */
export default function ActivityChart({ search, zone, now, onZoom, counting }: Props) {
  const { filters, range } = search
  const buckets = useMemo(() => activityBuckets(range, zone, now), [range, zone, now])
  const probes = useMemo(
    () => buckets.map((bucket) => countingSearch(filters, { start: bucket.start, end: bucket.end - 1 })),
    [buckets, filters],
  )
  const { counts, error } = useAuditLogCounts(probes, counting, countLimits.chart)
  const bars = useMemo<HistogramBucket[]>(
    () => buckets.map((bucket, i) => ({ ...bucket, count: counts[i] ?? undefined })),
    [buckets, counts],
  )
  const formatRange = useCallback(
    (start: number, end: number) => messages.chart.span(formatDateTime(start, zone), formatDateTime(end - 1, zone)),
    [zone],
  )
  const zoom = useCallback((start: number, end: number) => onZoom({ start, end: end - 1 }), [onZoom])

  return (
    <ActivityHistogram
      label={messages.chart.label}
      buckets={bars}
      formatRange={formatRange}
      onSelectRange={zoom}
      error={error ? messages.chart.failed(describeError(error).title) : undefined}
    />
  )
}
