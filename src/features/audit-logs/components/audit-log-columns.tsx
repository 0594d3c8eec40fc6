import { createColumnHelper, rowPaginationFeature, rowSortingFeature, tableFeatures } from '@tanstack/react-table'
import type { AuditEvent } from '@/sources/audit-event'
import { FilterByButton } from './filter-by-button'
import { PartyLabel } from './party-label'
import { RequestCell } from './request-cell'
import { StatusBadge } from './status-badge'
import { TimeCell } from './time-cell'

/** Sorting and paging are the server's work: the table only holds their state. */
export const auditLogTableFeatures = tableFeatures({ rowSortingFeature, rowPaginationFeature })

const column = createColumnHelper<typeof auditLogTableFeatures, AuditEvent>()

/** Column ids match our sort fields (`time`, `actor`, `status`). */
export const auditLogColumns = column.columns([
  column.accessor('time', {
    id: 'time',
    header: 'Time',
    sortDescFirst: true,
    cell: (info) => <TimeCell id={info.row.original.id} iso={info.row.original.time} ms={info.row.original.timeMs} />,
  }),
  column.accessor((event) => event.actor.name, {
    id: 'actor',
    header: 'Actor',
    sortDescFirst: false,
    cell: (info) => (
      <span className="cell-with-action">
        <PartyLabel party={info.row.original.actor} />
        <FilterByButton kind="actors" party={info.row.original.actor} />
      </span>
    ),
  }),
  column.display({
    id: 'request',
    header: 'Request',
    enableSorting: false,
    cell: (info) => <RequestCell request={info.row.original.request} />,
  }),
  column.display({
    id: 'target',
    header: 'Target',
    enableSorting: false,
    cell: (info) => {
      const { primaryTarget, secondaryTarget } = info.row.original
      if (!primaryTarget && !secondaryTarget) return <span className="muted">—</span>
      return (
        <span className="targets">
          {primaryTarget && (
            <span className="cell-with-action">
              <PartyLabel party={primaryTarget} />
              <FilterByButton kind="primaryTargets" party={primaryTarget} />
            </span>
          )}
          {secondaryTarget && (
            <span className="cell-with-action">
              <PartyLabel party={secondaryTarget} prefix="› " />
              <FilterByButton kind="secondaryTargets" party={secondaryTarget} />
            </span>
          )}
        </span>
      )
    },
  }),
  column.accessor((event) => event.response.status, {
    id: 'status',
    header: 'Status',
    sortDescFirst: false,
    cell: (info) => <StatusBadge status={info.row.original.response.status} />,
  }),
])
