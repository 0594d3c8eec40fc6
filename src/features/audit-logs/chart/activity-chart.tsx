import { useQuery } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'

import type { HistogramBucket } from '@/components/histogram/activity-histogram'
import { ActivityHistogram } from '@/components/histogram/activity-histogram'
import { auditLogCountOptions, countLimits, useAuditLogCounts } from '@/features/audit-logs/api/get-audit-log-count'
import { countingSearch } from '@/features/audit-logs/search/search-transitions'
import type { TimeZoneChoice } from '@/lib/format/format-time'
import { formatDateTime } from '@/lib/format/format-time'
import { describeError } from '@/lib/http/describe-error'
import { chartMessages } from '@/lib/i18n/chart-messages'
import type { AuditSearch, TimeRange } from '@/sources/audit-search'
import { useSourceClient } from '@/sources/source-client-context'

import { activityBuckets } from './activity-buckets'
import { bucketCounts } from './bucket-counts'

interface Props {
  search: AuditSearch
  zone: TimeZoneChoice
  /** When the URL was read; an open range ends here. */
  now: number
  onZoom: (range: TimeRange) => void
  /**
   * False while the list is fetching (its page comes first, and its total is one of the chart's
   * answers) and while the chart is off screen: a chart nobody sees asks the vendor nothing.
   */
  counting: boolean
}

/**
 * How many entries fall in each part of the range, with the current filters. Loaded lazily after
 * the list's rows are painted, and asks at most one request per bucket (fewer when the list's
 * total already answers part of it), each answer cached across views.
 */
export default function ActivityChart({ search, zone, now, onZoom, counting }: Props) {
  const client = useSourceClient()
  const { filters, range } = search
  const buckets = useMemo(() => activityBuckets(range, zone, now), [range, zone, now])
  // Where the range has a start, the chart's span is exactly the list's search, whose total the
  // list already knows (it is remembered as a count): read from the cache, never fetched here.
  const spanTotal = useQuery({
    ...auditLogCountOptions(client, countingSearch(filters, range)),
    enabled: false,
  }).data
  const knownTotal = range.start !== undefined && spanTotal != null ? spanTotal : undefined
  const probes = useMemo(() => {
    const asked = knownTotal === undefined ? buckets : buckets.slice(0, -1)
    return asked.map((bucket) =>
      countingSearch(filters, { start: bucket.start, ...(!bucket.openEnd && { end: bucket.end - 1 }) }),
    )
  }, [buckets, filters, knownTotal])
  const { counts, error } = useAuditLogCounts(probes, counting, countLimits.chart)
  const bars = useMemo<HistogramBucket[]>(() => {
    const values = bucketCounts(buckets.length, counts, knownTotal)
    return buckets.map((bucket, i) => ({ start: bucket.start, end: bucket.end, count: values[i] }))
  }, [buckets, counts, knownTotal])
  const formatRange = useCallback(
    (start: number, end: number) =>
      chartMessages.chart.span(formatDateTime(start, zone), formatDateTime(end - 1, zone)),
    [zone],
  )
  const zoom = useCallback((start: number, end: number) => onZoom({ start, end: end - 1 }), [onZoom])

  return (
    <ActivityHistogram
      label={chartMessages.chart.label}
      buckets={bars}
      formatRange={formatRange}
      onSelectRange={zoom}
      error={error ? chartMessages.chart.failed(describeError(error).title) : undefined}
    />
  )
}
