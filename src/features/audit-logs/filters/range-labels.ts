import { formatDateTime } from '@/lib/format/format-time'
import type { TimeZoneChoice } from '@/lib/format/format-time'
import type { RangePreset, TimeRange } from '@/sources/audit-search'

export const PRESET_LABELS: Record<RangePreset, string> = {
  '1h': 'Last hour',
  '24h': 'Last 24 hours',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
  '1y': 'Last year',
}

/** "Last 7 days", "Nov 1, 2026, 00:00 – Nov 15, 2026, 23:59", "Since …", or "Any time". */
export function describeRange(range: TimeRange, zone: TimeZoneChoice): string {
  if (range.preset) return PRESET_LABELS[range.preset]
  const { start, end } = range
  if (start !== undefined && end !== undefined) return `${formatDateTime(start, zone)} – ${formatDateTime(end, zone)}`
  if (start !== undefined) return `Since ${formatDateTime(start, zone)}`
  if (end !== undefined) return `Until ${formatDateTime(end, zone)}`
  return 'Any time'
}
