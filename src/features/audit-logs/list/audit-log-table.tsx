import type { PaginationState, Row, SortingState, Updater } from '@tanstack/react-table'
import { useTable } from '@tanstack/react-table'
import type { ComponentType, MouseEvent, ReactNode } from 'react'
import { memo, useMemo, useRef } from 'react'
import { useNavigate } from 'react-router'

import { DataTableColumnHeader } from '@/components/data-table/data-table-column-header'
import { DataTablePagination } from '@/components/data-table/data-table-pagination'
import { DataTableSkeletonRows } from '@/components/data-table/data-table-skeleton-rows'
import { useRevealedRows } from '@/components/data-table/use-revealed-rows'
import { tableColumnState } from '@/features/audit-logs/search/column-layout'
import { withPage, withSort } from '@/features/audit-logs/search/search-transitions'
import { searchContext } from '@/features/audit-logs/search/use-audit-search'
import { messages } from '@/lib/i18n'
import type { AuditEvent } from '@/sources/audit-event'
import type { SortField } from '@/sources/audit-search'
import { PAGE_SIZES } from '@/sources/audit-search'

import { auditLogColumns, auditLogTableFeatures } from './audit-log-columns'
import type { ListCells } from './list-cell-context'
import { ListCellContext } from './list-cell-context'
import type { AuditLogList } from './use-audit-log-list'

interface Props {
  list: AuditLogList
  /** Shown in the body when there are no rows (empty or error state). */
  emptyState: ReactNode
  /** Rows that just arrived (live updates), briefly highlighted. */
  highlighted: ReadonlySet<string>
}

function resolve<T>(updater: Updater<T>, current: T): T {
  return typeof updater === 'function' ? (updater as (old: T) => T)(current) : updater
}

/** The list's rows with server-side sort and paging, in the columns the source declares. */
export function AuditLogTable({ list, emptyState, highlighted }: Props) {
  const { events, search, source, update, total, loading, stale } = list
  const { capabilities } = source
  const layout = searchContext(source).columns
  const columns = useMemo(
    () => auditLogColumns(source.columns, capabilities.sortFields, layout.locked),
    [source, capabilities, layout],
  )
  const { columnOrder, columnVisibility } = useMemo(
    () => tableColumnState(list.columns, layout),
    [list.columns, layout],
  )
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
  const { zone, listSearch, filterBy, canFilterBy } = list
  const cells = useMemo<ListCells>(
    () => ({ zone, listSearch, filterBy, canFilterBy }),
    [zone, listSearch, filterBy, canFilterBy],
  )

  const table = useTable({
    features: auditLogTableFeatures,
    columns,
    data: events,
    getRowId: (event) => event.id,
    state: { sorting, pagination, columnOrder, columnVisibility },
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    rowCount: total,
    onSortingChange: (updater) => {
      const [next] = resolve(updater, sorting)
      if (!next) return
      const sort = { field: next.id as SortField, direction: next.desc ? 'desc' : 'asc' } as const
      update((current) => withSort(current, sort))
    },
    onPaginationChange: (updater) => {
      const next = resolve(updater, pagination)
      update((current) => withPage(current, next.pageIndex, next.pageSize))
    },
  })

  const rows = table.getRowModel().rows
  const body = useRef<HTMLTableSectionElement>(null)
  const revealed = useRevealedRows(rows.length, body)
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
  const visibleColumns = table.getVisibleLeafColumns()
  const widths = new Map(source.columns.map((col) => [col.id, col.width]))

  const canNext = list.hasNext

  return (
    <ListCellContext value={cells}>
      <div className="table-scroll">
        <table className="data-table" aria-busy={loading || stale} data-stale={stale || undefined}>
          <caption className="sr-only">{messages.list.tableCaption}</caption>
          <colgroup>
            {visibleColumns.map((col) => (
              <col key={col.id} style={{ width: widths.get(col.id) }} />
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
          <tbody ref={body} onClick={followRowLink}>
            {loading ? (
              <DataTableSkeletonRows rows={Math.min(search.pageSize, 12)} columns={visibleColumns.length} />
            ) : rows.length === 0 ? (
              <tr>
                <td colSpan={visibleColumns.length} className="table-empty-cell">
                  {emptyState}
                </td>
              </tr>
            ) : (
              rows
                .slice(0, revealed)
                .map((row) => (
                  <AuditLogRow
                    key={row.id}
                    row={row}
                    highlighted={highlighted.has(row.id)}
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
        rowCount={loading ? 0 : rows.length}
        total={total}
        canPrevious={table.getCanPreviousPage()}
        canNext={!loading && canNext}
        onPageChange={(pageIndex) => table.setPageIndex(pageIndex)}
        onPageSizeChange={(pageSize) => table.setPageSize(pageSize)}
      />
    </ListCellContext>
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
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id} className={`col-${cell.column.id}`}>
          <FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  )
})
