import type { FormEvent } from 'react'
import { useId, useState } from 'react'

import { Icon } from '@/components/ui/icon'
import { messages } from '@/lib/i18n'

interface Props {
  /** 0-based. */
  pageIndex: number
  pageSize: number
  pageSizes: readonly number[]
  /** Rows on the current page. */
  rowCount: number
  /** All matches, when the server reports them. */
  total?: number
  canPrevious: boolean
  canNext: boolean
  onPageChange: (pageIndex: number) => void
  onPageSizeChange: (pageSize: number) => void
}

/** Page size, "1–50 of 5,123", a page jump and first/previous/next/last buttons. */
export function DataTablePagination(props: Props) {
  const { pageIndex, pageSize, pageSizes, rowCount, total, canPrevious, canNext } = props
  const sizeId = useId()
  const pageCount = total === undefined ? undefined : Math.max(1, Math.ceil(total / pageSize))
  const first = pageIndex * pageSize + 1
  const last = pageIndex * pageSize + rowCount
  const m = messages.pagination
  const range = rowCount === 0 ? (total === undefined ? m.noEntries : m.noneOf(total)) : m.rows(first, last, total)

  return (
    <nav className="pagination" aria-label={m.label}>
      <div className="pagination-size">
        <label htmlFor={sizeId}>{m.rowsPerPage}</label>
        <select id={sizeId} value={pageSize} onChange={(event) => props.onPageSizeChange(Number(event.target.value))}>
          {pageSizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
      <p className="pagination-range">{range}</p>
      {pageCount !== undefined && (
        // Keyed by page so a typed-but-unsent number gives way when the page changes.
        <PageJump key={pageIndex} pageIndex={pageIndex} pageCount={pageCount} onPageChange={props.onPageChange} />
      )}
      <div className="pagination-buttons">
        <button
          type="button"
          className="icon-button"
          aria-label={m.firstPage}
          disabled={!canPrevious}
          onClick={() => props.onPageChange(0)}
        >
          <Icon name="chevronsLeft" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={m.previousPage}
          disabled={!canPrevious}
          onClick={() => props.onPageChange(pageIndex - 1)}
        >
          <Icon name="chevronLeft" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={m.nextPage}
          disabled={!canNext}
          onClick={() => props.onPageChange(pageIndex + 1)}
        >
          <Icon name="chevronRight" />
        </button>
        {pageCount !== undefined && (
          <button
            type="button"
            className="icon-button"
            aria-label={m.lastPage}
            disabled={!canNext}
            onClick={() => props.onPageChange(pageCount - 1)}
          >
            <Icon name="chevronsRight" />
          </button>
        )}
      </div>
    </nav>
  )
}

function PageJump({
  pageIndex,
  pageCount,
  onPageChange,
}: {
  pageIndex: number
  pageCount: number
  onPageChange: (pageIndex: number) => void
}) {
  const inputId = useId()
  const errorId = useId()
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  function submit(event: FormEvent) {
    event.preventDefault()
    if (draft === null) return
    const page = Number(draft)
    if (!Number.isInteger(page) || page < 1 || page > pageCount) {
      setError(messages.pagination.pageOutOfRange(pageCount))
      return
    }
    setError(null)
    setDraft(null)
    onPageChange(page - 1)
  }

  return (
    <form className="pagination-jump" onSubmit={submit} aria-label={messages.pagination.jump}>
      <label htmlFor={inputId}>{messages.pagination.page}</label>
      <input
        id={inputId}
        inputMode="numeric"
        autoComplete="off"
        value={draft ?? String(pageIndex + 1)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => {
          setDraft(event.target.value)
          setError(null)
        }}
        size={Math.max(2, String(pageCount).length)}
      />
      <span>{messages.pagination.ofPages(pageCount)}</span>
      <button type="submit" className="button button-quiet">
        {messages.pagination.go}
      </button>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
