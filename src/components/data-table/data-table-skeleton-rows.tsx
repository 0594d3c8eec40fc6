/** Placeholder rows with the height of real rows, so the page does not shift when data arrives. */
export function DataTableSkeletonRows({ rows, columns }: { rows: number; columns: number }) {
  return (
    <>
      {Array.from({ length: rows }, (_, row) => (
        <tr key={row} className="skeleton-row" aria-hidden="true">
          {Array.from({ length: columns }, (_, col) => (
            <td key={col}>
              <span className="skeleton-bar" style={{ width: `${50 + ((row * 7 + col * 13) % 40)}%` }} />
            </td>
          ))}
        </tr>
      ))}
    </>
  )
}
