import type { TimeZoneChoice } from '@/lib/format/format-time'
import { formatDateTime } from '@/lib/format/format-time'
import { messages } from '@/lib/i18n'
import type { RangePreset, TimeRange } from '@/sources/audit-search'

export const PRESET_LABELS: Readonly<Record<RangePreset, string>> = messages.timeRange.presets

/** "Last 7 days", "Nov 1, 2026, 00:00 – Nov 15, 2026, 23:59", "Since …", or "Any time". */
export function describeRange(range: TimeRange, zone: TimeZoneChoice): string {
  if (range.preset) return PRESET_LABELS[range.preset]
  const { start, end } = range
  const m = messages.timeRange
  if (start !== undefined && end !== undefined) return m.between(formatDateTime(start, zone), formatDateTime(end, zone))
  if (start !== undefined) return m.since(formatDateTime(start, zone))
  if (end !== undefined) return m.until(formatDateTime(end, zone))
  return m.anyTime
}
