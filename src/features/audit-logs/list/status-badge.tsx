/** The HTTP response status, coloured by class. */
export function StatusBadge({ status }: { status?: number }) {
  if (status === undefined) return <span className="muted">—</span>
  const kind = status >= 500 ? 'danger' : status >= 400 ? 'warning' : status >= 300 ? 'info' : 'success'
  return <span className={`status status-${kind}`}>{status}</span>
}
