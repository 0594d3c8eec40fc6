import type { PaginationState, Row, SortingState, Updater } from '@tanstack/react-table'
import { useTable } from '@tanstack/react-table'
import type { ComponentType, MouseEvent, ReactNode } from 'react'
import { memo, useMemo } from 'react'
import { useNavigate } from 'react-router'

import { DataTableColumnHeader } from '@/components/data-table/data-table-column-header'
import { DataTablePagination } from '@/components/data-table/data-table-pagination'
import { DataTableSkeletonRows } from '@/components/data-table/data-table-skeleton-rows'
import { messages } from '@/lib/i18n'
import { type AuditEvent, hasNextPage } from '@/sources/audit-event'
import type { AuditSearch, SortField } from '@/sources/audit-search'
import { PAGE_SIZES } from '@/sources/audit-search'
import type { SourceCapabilities, SourceId } from '@/sources/audit-source'

import type { SearchUpdate } from '../search/use-audit-search'
import { auditLogTableFeatures, COLUMNS_BY_SOURCE } from './audit-log-columns'

interface Props {
  events: AuditEvent[]
  total?: number
  search: AuditSearch
  sourceId: SourceId
  capabilities: SourceCapabilities
  /** Whether another page follows, when the source has no total (undefined: judge by page size). */
  hasMore?: boolean
  onSearchChange: (update: SearchUpdate) => void
  /** No rows yet: show skeleton rows of the final height. */
  loading: boolean
  /** Rows shown belong to the previous view while the next one loads. */
  stale: boolean
  /** Shown in the body when there are no rows (empty or error state). */
  emptyState: ReactNode
  /** Rows that just arrived (live updates), briefly highlighted. */
  highlighted: ReadonlySet<string>
}

const COLUMN_WIDTHS: Record<string, string> = {
  time: '13rem',
  actor: '22%',
  request: '32%',
  target: '24%',
  status: '6rem',
  email: '22%',
  category: '18%',
  message: '36%',
  source: '9rem',
  action: '22%',
  outcome: '13rem',
  ip: '10rem',
}

function resolve<T>(updater: Updater<T>, current: T): T {
  return typeof updater === 'function' ? (updater as (old: T) => T)(current) : updater
}

export function AuditLogTable(props: Props) {
  const { events, search, capabilities, onSearchChange } = props
  const columns = COLUMNS_BY_SOURCE[props.sourceId]
  // Stable state keeps the row model (and so each row object) the same across renders that change
  // nothing in the list, e.g. opening an entry: memoized rows then skip rendering.
  const sorting = useMemo<SortingState>(
    () => [{ id: search.sort.field, desc: search.sort.direction === 'desc' }],
    [search.sort.field, search.sort.direction],
  )
  const pagination = useMemo<PaginationState>(
    () => ({ pageIndex: search.page, pageSize: search.pageSize }),
    [search.page, search.pageSize],
  )

  const table = useTable({
    features: auditLogTableFeatures,
    columns,
    data: events,
    getRowId: (event) => event.id,
    state: { sorting, pagination },
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    rowCount: props.total,
    onSortingChange: (updater) => {
      const [next] = resolve(updater, sorting)
      if (!next) return
      // A new order starts again from the first page.
      onSearchChange((current) => ({
        ...current,
        page: 0,
        sort: { field: next.id as SortField, direction: next.desc ? 'desc' : 'asc' },
      }))
    },
    onPaginationChange: (updater) => {
      const next = resolve(updater, pagination)
      onSearchChange((current) => ({ ...current, page: next.pageIndex, pageSize: next.pageSize }))
    },
  })

  const rows = table.getRowModel().rows
  const navigate = useNavigate()

  // Rows link to their entries with plain anchors (see TimeCell); a plain click opens the entry
  // in-app, while modified clicks keep the browser's own behaviour (new tab, new window…).
  function followRowLink(event: MouseEvent<HTMLTableSectionElement>) {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a.row-link')
    if (!link || event.defaultPrevented || event.button !== 0) return
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    void navigate(link.getAttribute('href') ?? '')
  }
  const columnCount = columns.length

  const canNext = hasNextPage({ events, total: props.total, hasMore: props.hasMore }, search.page, search.pageSize)

  return (
    <>
      <div className="table-scroll">
        <table className="data-table" aria-busy={props.loading || props.stale} data-stale={props.stale || undefined}>
          <caption className="sr-only">{messages.list.tableCaption}</caption>
          <colgroup>
            {columns.map((col) => (
              <col key={col.id} style={{ width: COLUMN_WIDTHS[col.id ?? ''] }} />
            ))}
          </colgroup>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const id = header.column.id as SortField
                  const fixed = capabilities.fixedSortDirection?.[id]
                  const canSort = capabilities.sortFields.includes(id)
                  return (
                    <DataTableColumnHeader
                      key={header.id}
                      className={`col-${header.column.id}`}
                      label={String(header.column.columnDef.header)}
                      sort={
                        fixed
                          ? { direction: search.sort.field === id ? fixed : false }
                          : canSort
                            ? {
                                direction: header.column.getIsSorted(),
                                onToggle: () => header.column.toggleSorting(),
                              }
                            : undefined
                      }
                    />
                  )
                })}
              </tr>
            ))}
          </thead>
          <tbody onClick={followRowLink}>
            {props.loading ? (
              <DataTableSkeletonRows rows={Math.min(search.pageSize, 12)} columns={columnCount} />
            ) : rows.length === 0 ? (
              <tr>
                <td colSpan={columnCount} className="table-empty-cell">
                  {props.emptyState}
                </td>
              </tr>
            ) : (
              rows.map((row) => (
                <AuditLogRow
                  key={row.id}
                  row={row}
                  highlighted={props.highlighted.has(row.id)}
                  FlexRender={table.FlexRender}
                />
              ))
            )}
          </tbody>
        </table>
      </div>
      <DataTablePagination
        pageIndex={search.page}
        pageSize={search.pageSize}
        pageSizes={PAGE_SIZES}
        rowCount={props.loading ? 0 : rows.length}
        total={props.total}
        canPrevious={table.getCanPreviousPage()}
        canNext={!props.loading && canNext}
        onPageChange={(pageIndex) => table.setPageIndex(pageIndex)}
        onPageSizeChange={(pageSize) => table.setPageSize(pageSize)}
      />
    </>
  )
}

// A click anywhere on a row opens it, as its time link does (keyboard users use the link).
function openFromRow(event: MouseEvent<HTMLTableRowElement>) {
  if ((event.target as Element).closest('a, button, input, select, label')) return
  if (window.getSelection()?.toString()) return // selecting text is not opening
  event.currentTarget.querySelector<HTMLAnchorElement>('a.row-link')?.click()
}

type TableFlexRender = ComponentType<{
  cell: ReturnType<Row<typeof auditLogTableFeatures, AuditEvent>['getAllCells']>[number]
}>

/** One entry's row; memoized so re-rendering the page (e.g. opening the drawer) leaves the rows alone. */
const AuditLogRow = memo(function AuditLogRow({
  row,
  highlighted,
  FlexRender,
}: {
  row: Row<typeof auditLogTableFeatures, AuditEvent>
  highlighted: boolean
  FlexRender: TableFlexRender
}) {
  return (
    <tr data-row-id={row.id} data-new={highlighted || undefined} onClick={openFromRow}>
      {row.getAllCells().map((cell) => (
        <td key={cell.id} className={`col-${cell.column.id}`}>
          <FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  )
})
