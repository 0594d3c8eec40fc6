import { formatDateTime, formatRelativeTime } from '@/lib/format/format-time'
import { Link, useLocation } from 'react-router'
import { messages } from '@/lib/i18n'
import { auditLogEntryPath } from '../paths'
import { useAuditLogView } from './audit-log-view-context'

/** Absolute time, with UTC, local and relative forms in the tooltip. */
/** The row's link to its entry (the list's search kept, so closing the drawer returns to it). */
export function TimeCell({ id, iso, ms }: { id: string; iso: string; ms: number }) {
  const { zone } = useAuditLogView()
  const { search } = useLocation()
  const title = Number.isFinite(ms)
    ? messages.list.timeTitle(formatDateTime(ms, 'utc'), formatDateTime(ms, 'local'), formatRelativeTime(ms))
    : undefined
  return (
    <Link to={{ pathname: auditLogEntryPath(id), search }} className="row-link" title={title}>
      {Number.isFinite(ms) ? (
        <time dateTime={iso} className="nowrap">
          {formatDateTime(ms, zone)}
        </time>
      ) : (
        messages.common.unknownTime
      )}
    </Link>
  )
}
