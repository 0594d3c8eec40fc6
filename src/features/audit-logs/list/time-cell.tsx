import type { FocusEvent, PointerEvent } from 'react'

import { auditLogEntryPath } from '@/config/paths'
import { formatDateTime, formatRelativeTime } from '@/lib/format/format-time'
import { messages } from '@/lib/i18n'

import { useListCells } from './list-cell-context'

/**
 * The tooltip's UTC, local and relative forms, written when someone points at or focuses the time:
 * made with every row, they tripled the formatting work of painting a page, and "5 minutes ago"
 * is right when it is read, not when the page was painted.
 */
function describeTime(event: PointerEvent<HTMLElement> | FocusEvent<HTMLElement>, ms: number): void {
  event.currentTarget.title = messages.list.timeTitle(
    formatDateTime(ms, 'utc'),
    formatDateTime(ms, 'local'),
    formatRelativeTime(ms),
  )
}

/**
 * The row's link to its entry (the list's search kept, so closing the drawer returns to it): the
 * absolute time, with UTC, local and relative forms in the tooltip. A plain anchor, followed by the
 * table's one click handler: a router `Link` re-renders on every location change, and a page of
 * 100 of them made opening an entry re-render the whole list.
 */
export function TimeCell({ id, iso, ms }: { id: string; iso: string; ms: number }) {
  const { zone, listSearch } = useListCells()
  const known = Number.isFinite(ms)
  return (
    <a
      href={`${auditLogEntryPath(id)}${listSearch}`}
      className="row-link"
      onPointerEnter={known ? (event) => describeTime(event, ms) : undefined}
      onFocus={known ? (event) => describeTime(event, ms) : undefined}
    >
      {known ? (
        <time dateTime={iso} className="nowrap">
          {formatDateTime(ms, zone)}
        </time>
      ) : (
        messages.common.unknownTime
      )}
    </a>
  )
}
