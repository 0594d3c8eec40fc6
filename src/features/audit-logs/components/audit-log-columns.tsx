import type { ColumnDef } from '@tanstack/react-table'
import { createColumnHelper, rowPaginationFeature, rowSortingFeature, tableFeatures } from '@tanstack/react-table'

import { EscapedText } from '@/components/ui/escaped-text'
import { messages } from '@/lib/i18n'
import type { AuditEvent } from '@/sources/audit-event'
import type { SourceId } from '@/sources/audit-source'

import { FilterByButton } from './filter-by-button'
import { OutcomeBadge } from './outcome-badge'
import { PartyLabel } from './party-label'
import { RequestCell } from './request-cell'
import { StatusBadge } from './status-badge'
import { TimeCell } from './time-cell'

/** Sorting and paging are the server's work: the table only holds their state. */
export const auditLogTableFeatures = tableFeatures({ rowSortingFeature, rowPaginationFeature })

const column = createColumnHelper<typeof auditLogTableFeatures, AuditEvent>()
const COLUMN_TITLES = messages.list.columns

/** Losant's columns. Column ids match our sort fields (`time`, `actor`, `status`). */
const losantColumns = column.columns([
  column.accessor('time', {
    id: 'time',
    header: COLUMN_TITLES.time,
    sortDescFirst: true,
    cell: (info) => <TimeCell id={info.row.original.id} iso={info.row.original.time} ms={info.row.original.timeMs} />,
  }),
  column.accessor((event) => event.actor.name, {
    id: 'actor',
    header: COLUMN_TITLES.actor,
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
    header: COLUMN_TITLES.request,
    enableSorting: false,
    cell: (info) => <RequestCell request={info.row.original.request} />,
  }),
  column.display({
    id: 'target',
    header: COLUMN_TITLES.target,
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
    header: COLUMN_TITLES.status,
    sortDescFirst: false,
    cell: (info) => <StatusBadge status={info.row.original.response.status} />,
  }),
])

const timeColumn = column.accessor('time', {
  id: 'time',
  header: COLUMN_TITLES.time,
  sortDescFirst: true,
  cell: (info) => <TimeCell id={info.row.original.id} iso={info.row.original.time} ms={info.row.original.timeMs} />,
})

const text = (value: string | undefined) =>
  value ? (
    <bdi className="cell-text" title={value}>
      <EscapedText text={value} />
    </bdi>
  ) : (
    <span className="muted">—</span>
  )

/** UiPath: who (name and email), what (category / action), the vendor's sentence, and where from. */
const uipathColumns = column.columns([
  timeColumn,
  column.accessor((event) => event.actor.email, {
    id: 'email',
    header: COLUMN_TITLES.user,
    cell: (info) => <PartyLabel party={{ name: info.row.original.actor.name, type: info.row.original.actor.email }} />,
  }),
  column.accessor((event) => event.operation?.category, {
    id: 'category',
    header: COLUMN_TITLES.categoryAction,
    cell: (info) => (
      <PartyLabel party={{ name: info.row.original.operation?.name, type: info.row.original.operation?.category }} />
    ),
  }),
  column.display({
    id: 'message',
    header: COLUMN_TITLES.message,
    enableSorting: false,
    cell: (info) => text(info.row.original.message),
  }),
  column.display({
    id: 'source',
    header: COLUMN_TITLES.source,
    enableSorting: false,
    cell: (info) => text(info.row.original.origin?.source),
  }),
])

/** BloodHound: one row per change (intent paired with its outcome), newest first. */
const bloodhoundColumns = column.columns([
  timeColumn,
  column.accessor((event) => event.actor.name, {
    id: 'actor',
    header: COLUMN_TITLES.actor,
    enableSorting: false,
    cell: (info) => (
      <span className="cell-with-action">
        <PartyLabel party={{ ...info.row.original.actor, type: info.row.original.actor.email }} />
        <FilterByButton kind="actors" party={info.row.original.actor} />
      </span>
    ),
  }),
  column.display({
    id: 'action',
    header: COLUMN_TITLES.action,
    enableSorting: false,
    cell: (info) => text(info.row.original.operation?.name),
  }),
  column.display({
    id: 'outcome',
    header: COLUMN_TITLES.outcome,
    enableSorting: false,
    cell: (info) => <OutcomeBadge event={info.row.original} />,
  }),
  column.display({
    id: 'ip',
    header: COLUMN_TITLES.ipAddress,
    enableSorting: false,
    cell: (info) => text(info.row.original.origin?.ipAddress),
  }),
])

type AuditLogColumns = ColumnDef<typeof auditLogTableFeatures, AuditEvent>[]

export const COLUMNS_BY_SOURCE: Record<SourceId, AuditLogColumns> = {
  losant: losantColumns,
  uipath: uipathColumns,
  bloodhound: bloodhoundColumns,
}
