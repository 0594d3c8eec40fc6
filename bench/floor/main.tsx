/**
 * The framework floor: the smallest app that uses react, react-dom, TanStack Query and Table and
 * React Router the way the dashboard does (queryOptions + useQuery with keepPreviousData and a
 * prefetch, useTable with tableFeatures/rowSortingFeature/rowPaginationFeature and FlexRender,
 * createBrowserRouter + RouterProvider with nested routes, Link, Navigate and search params).
 * The bench builds it with the app's Vite config; its first-load JS is what any app on this stack
 * must ship, so the dashboard's first load is reported as a multiple of it.
 * Its rows come from the same HTTP API the bench's app build reads (the mock API in Losant's
 * format, VITE_FLOOR_API_URL / VITE_FLOOR_ORG_ID at build time), a page of 50 as the app asks: so
 * "rows painted ÷ floor" compares the same work, network included.
 */
import {
  keepPreviousData,
  QueryClient,
  QueryClientProvider,
  queryOptions,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query'
import {
  createColumnHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
} from '@tanstack/react-table'
import { StrictMode, useEffect } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, Link, Navigate, Outlet, RouterProvider, useParams, useSearchParams } from 'react-router'

interface Row {
  id: string
  time: string
  actor: string
}

const API_URL = import.meta.env.VITE_FLOOR_API_URL as string
const ORG_ID = import.meta.env.VITE_FLOOR_ORG_ID as string
const PAGE_SIZE = 50

const features = tableFeatures({ rowSortingFeature, rowPaginationFeature })
const column = createColumnHelper<typeof features, Row>()
const columns = column.columns([
  column.accessor('time', {
    id: 'time',
    header: 'Time',
    cell: (info) => <Link to={info.row.original.id}>{info.getValue()}</Link>,
  }),
  column.accessor('actor', { id: 'actor', header: 'Actor' }),
])

/** One page from the API, as the app asks for it (Losant's list endpoint, its query string). */
async function listRows(page: number, desc: boolean, signal: AbortSignal): Promise<Row[]> {
  const query = new URLSearchParams({
    sortField: 'creationDate',
    sortDirection: desc ? 'desc' : 'asc',
    page: String(page),
    perPage: String(PAGE_SIZE),
  })
  const response = await fetch(`${API_URL}/orgs/${ORG_ID}/audit-logs?${query}`, {
    headers: { Accept: 'application/json' },
    signal,
  })
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  const body = (await response.json()) as {
    items: { id?: string; auditLogId?: string; creationDate?: string; actorName?: string }[]
  }
  return body.items.map((item) => ({
    id: item.id ?? item.auditLogId ?? '',
    time: item.creationDate ?? '',
    actor: item.actorName ?? '',
  }))
}

const rowsOptions = (page: number, desc: boolean) =>
  queryOptions({
    queryKey: ['rows', page, desc],
    queryFn: ({ signal }) => listRows(page, desc, signal),
    placeholderData: keepPreviousData,
  })

function ListPage() {
  const [params, setParams] = useSearchParams()
  const page = Number(params.get('page') ?? 0)
  const desc = params.get('dir') !== 'asc'
  const queryClient = useQueryClient()
  const query = useQuery(rowsOptions(page, desc))
  useEffect(() => void queryClient.prefetchQuery(rowsOptions(page + 1, desc)), [queryClient, page, desc])

  const table = useTable({
    features,
    columns,
    data: query.data ?? [],
    state: { sorting: [{ id: 'time', desc }], pagination: { pageIndex: page, pageSize: PAGE_SIZE } },
    manualSorting: true,
    manualPagination: true,
    rowCount: 1000,
    onSortingChange: () => setParams({ page: '0', dir: desc ? 'asc' : 'desc' }),
    onPaginationChange: () => setParams({ page: String(page + 1), dir: desc ? 'desc' : 'asc' }),
  })
  return (
    <>
      <table aria-busy={query.isPlaceholderData}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id}>
                  <button type="button" onClick={() => header.column.toggleSorting()}>
                    {String(header.column.columnDef.header)}
                  </button>
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} data-row-id={row.original.id}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" disabled={!table.getCanNextPage()} onClick={() => table.nextPage()}>
        Next page
      </button>
      <Outlet />
    </>
  )
}

function Entry() {
  const { id } = useParams()
  return <aside>{id}</aside>
}

const router = createBrowserRouter([
  { index: true, element: <Navigate to="/list" replace /> },
  { path: 'list', element: <ListPage />, children: [{ path: ':id', element: <Entry /> }] },
])

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={new QueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
)
