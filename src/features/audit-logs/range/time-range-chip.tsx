import type { ComponentPropsWithRef } from 'react'

import { FilterChip } from '@/components/data-table/filter-chip'
import type { TimeZoneChoice } from '@/lib/format/format-time'
import { messages } from '@/lib/i18n'
import type { TimeRange } from '@/sources/audit-search'

import { describeRange } from './range-labels'

export function TimeRangeChip({
  range,
  zone,
  ...button
}: { range: TimeRange; zone: TimeZoneChoice } & Omit<ComponentPropsWithRef<'button'>, 'title'>) {
  const description = describeRange(range, zone)
  return (
    <FilterChip
      icon="calendar"
      title={messages.timeRange.title}
      summary={description}
      active={range.start !== undefined || range.end !== undefined}
      aria-label={messages.timeRange.chipLabel(description)}
      {...button}
    />
  )
}
