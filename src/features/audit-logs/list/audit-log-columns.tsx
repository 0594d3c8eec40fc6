import type { ColumnDef } from '@tanstack/react-table'
import {
  columnOrderingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table'
import type { ReactNode } from 'react'

import { EscapedText } from '@/components/ui/escaped-text'
import type { AuditEvent } from '@/sources/audit-event'
import { loggedSourceAddress } from '@/sources/audit-event'
import type { ColumnCell, ColumnSpec } from '@/sources/audit-source'

import { FilterByButton } from './filter-by-button'
import { OutcomeBadge } from './outcome-badge'
import { PartyLabel } from './party-label'
import { RequestCell } from './request-cell'
import { StatusBadge } from './status-badge'
import { TimeCell } from './time-cell'

/**
 * Sorting and paging are the server's work: the table only holds their state. Which columns show,
 * and in what order, is the URL's `cols` (search/column-layout.ts), applied by the table.
 */
export const auditLogTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnVisibilityFeature,
  columnOrderingFeature,
})

export type AuditLogColumns = ColumnDef<typeof auditLogTableFeatures, AuditEvent>[]

const column = createColumnHelper<typeof auditLogTableFeatures, AuditEvent>()

const text = (value: string | undefined) =>
  value ? (
    <span className="cell-text" dir="auto" title={value}>
      <EscapedText text={value} />
    </span>
  ) : (
    <span className="muted">—</span>
  )

const TEXT_FIELDS: Record<Extract<ColumnCell, { kind: 'text' }>['field'], (event: AuditEvent) => string | undefined> = {
  message: (event) => event.message,
  originSource: (event) => event.origin?.source,
  operationName: (event) => event.operation?.name,
  ipAddress: (event) => event.origin?.ipAddress,
}

function Targets({ event }: { event: AuditEvent }) {
  const { primaryTarget, secondaryTarget } = event
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
}

/** How each kind of cell draws an entry, and the value it sorts by (when the server sorts by it). */
function renderCell(cell: ColumnCell, event: AuditEvent): ReactNode {
  switch (cell.kind) {
    case 'time':
      return <TimeCell id={event.id} iso={event.time} ms={event.timeMs} />
    case 'actor': {
      const party = cell.detail === 'email' ? { ...event.actor, type: event.actor.email } : event.actor
      if (!cell.filterBy) return <PartyLabel party={party} />
      return (
        <span className="cell-with-action">
          <PartyLabel party={party} />
          <FilterByButton kind="actors" party={event.actor} />
        </span>
      )
    }
    case 'request':
      return <RequestCell request={event.request} />
    case 'targets':
      return <Targets event={event} />
    case 'status':
      return <StatusBadge status={event.response.status} />
    case 'operation':
      return <PartyLabel party={{ name: event.operation?.name, type: event.operation?.category }} />
    case 'outcome':
      return <OutcomeBadge event={event} />
    case 'text': {
      const value = TEXT_FIELDS[cell.field](event)
      const address = cell.filterBy === 'sourceAddresses' ? loggedSourceAddress(event) : undefined
      if (!value || !address) return text(value)
      return (
        <span className="cell-with-action">
          {text(value)}
          <FilterByButton kind="sourceAddresses" party={{ id: address }} />
        </span>
      )
    }
  }
}

function sortValue(cell: ColumnCell): ((event: AuditEvent) => unknown) | undefined {
  switch (cell.kind) {
    case 'time':
      return (event) => event.time
    case 'actor':
      return cell.detail === 'email' ? (event) => event.actor.email : (event) => event.actor.name
    case 'status':
      return (event) => event.response.status
    case 'operation':
      return (event) => event.operation?.category
    default:
      return undefined
  }
}

/** The table's columns from the source's declaration; only the server's sort fields sort. */
export function auditLogColumns(
  specs: readonly ColumnSpec[],
  sortFields: readonly string[],
  /** Columns that cannot be hidden (see columnContext). */
  locked: readonly string[] = [],
): AuditLogColumns {
  return specs.map((spec) => {
    const value = sortValue(spec.cell)
    const common = {
      id: spec.id,
      header: spec.title,
      enableHiding: !locked.includes(spec.id),
      cell: (info: { row: { original: AuditEvent } }) => renderCell(spec.cell, info.row.original),
    }
    if (!value || !sortFields.includes(spec.id)) return column.display({ ...common, enableSorting: false })
    return column.accessor(value, {
      ...common,
      ...(spec.sortDescFirst !== undefined && { sortDescFirst: spec.sortDescFirst }),
    })
  }) as AuditLogColumns
}
