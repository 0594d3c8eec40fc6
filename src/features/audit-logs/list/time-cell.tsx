import { auditLogEntryPath } from '@/config/paths'
import { formatDateTime, formatRelativeTime } from '@/lib/format/format-time'
import { messages } from '@/lib/i18n'

import { useListCells } from './list-cell-context'

/**
 * The row's link to its entry (the list's search kept, so closing the drawer returns to it): the
 * absolute time, with UTC, local and relative forms in the tooltip. A plain anchor, followed by the
 * table's one click handler: a router `Link` re-renders on every location change, and a page of
 * 100 of them made opening an entry re-render the whole list.
 */
export function TimeCell({ id, iso, ms }: { id: string; iso: string; ms: number }) {
  const { zone, listSearch } = useListCells()
  const title = Number.isFinite(ms)
    ? messages.list.timeTitle(formatDateTime(ms, 'utc'), formatDateTime(ms, 'local'), formatRelativeTime(ms))
    : undefined
  return (
    <a href={`${auditLogEntryPath(id)}${listSearch}`} className="row-link" title={title}>
      {Number.isFinite(ms) ? (
        <time dateTime={iso} className="nowrap">
          {formatDateTime(ms, zone)}
        </time>
      ) : (
        messages.common.unknownTime
      )}
    </a>
  )
}
