/**
 * The framework floor: the smallest app that uses react, react-dom, TanStack Query and Table and
 * React Router the way the dashboard does (queryOptions + useQuery with keepPreviousData and a
 * prefetch, useTable with tableFeatures/rowSortingFeature/rowPaginationFeature and FlexRender,
 * createBrowserRouter + RouterProvider with nested routes, Link, Navigate and search params).
 * The bench builds it with the app's Vite config; its first-load JS is what any app on this stack
 * must ship, so the dashboard's first load is reported as a multiple of it.
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
  time: number
  actor: string
}

const features = tableFeatures({ rowSortingFeature, rowPaginationFeature })
const column = createColumnHelper<typeof features, Row>()
const columns = column.columns([
  column.accessor('time', {
    id: 'time',
    header: 'Time',
    cell: (info) => <Link to={info.row.original.id}>{new Date(info.getValue()).toISOString()}</Link>,
  }),
  column.accessor('actor', { id: 'actor', header: 'Actor' }),
])

// Rows come from a local function, not the network: the floor measures code, not data.
async function listRows(page: number, desc: boolean): Promise<Row[]> {
  const rows = Array.from({ length: 25 }, (_, i) => ({
    id: `${page}-${i}`,
    time: Date.UTC(2024, 0, 1) + (page * 25 + i) * 60_000,
    actor: `Actor ${i}`,
  }))
  return desc ? rows.reverse() : rows
}

const rowsOptions = (page: number, desc: boolean) =>
  queryOptions({
    queryKey: ['rows', page, desc],
    queryFn: () => listRows(page, desc),
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
    state: { sorting: [{ id: 'time', desc }], pagination: { pageIndex: page, pageSize: 25 } },
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
            <tr key={row.id}>
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
