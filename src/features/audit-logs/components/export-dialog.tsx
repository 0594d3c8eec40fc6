import { Dialog } from 'radix-ui'
import { useEffect, useId, useRef, useState } from 'react'
import { Icon } from '@/components/ui/icon'
import { describeError } from '@/lib/http/describe-error'
import { formatCount } from '@/lib/format/format-number'
import type { AuditSearch } from '@/sources/audit-search'
import { useSourceClient } from '@/sources/source-client-context'
import { encoderFor } from '../export/export-encoders'
import type { ExportFormat } from '../export/export-encoders'
import { exportFileName } from '../export/export-file-name'
import { runExport } from '../export/export-loop'
import type { ExportProgress } from '../export/export-loop'

export const EXPORT_CAP = 100_000
/** Large pages keep the number of requests down; four at a time keeps the server comfortable. */
const EXPORT_PAGE_SIZE = 1_000
const EXPORT_CONCURRENCY = 4

type State =
  | { step: 'ready' }
  | { step: 'running'; progress: ExportProgress }
  | { step: 'done'; entries: number; fileName: string; capped: boolean }
  | { step: 'cancelled' }
  | { step: 'failed'; message: string }

interface Props {
  format: ExportFormat
  search: AuditSearch
  /** Matches of the current filters, when the source reports it. */
  total?: number
  onClose: () => void
}

/** Exports everything matching the current filters and range, page by page, with progress. */
export default function ExportDialog({ format, search, total, onClose }: Props) {
  const client = useSourceClient()
  const id = useId()
  const [bom, setBom] = useState(false)
  const [state, setState] = useState<State>({ step: 'ready' })
  const controller = useRef<AbortController | null>(null)
  const label = format === 'csv' ? 'CSV' : 'NDJSON'

  // Closing the dialog mid-way cancels the export and its requests.
  useEffect(() => () => controller.current?.abort(), [])

  async function start() {
    const abort = new AbortController()
    controller.current = abort
    const encoder = encoderFor(format, { bom })
    const parts: BlobPart[] = [encoder.header()]
    setState({ step: 'running', progress: { entries: 0, pages: 0 } })
    try {
      const summary = await runExport({
        fetchPage: (page, signal) => client.listPage({ ...search, page, pageSize: EXPORT_PAGE_SIZE }, signal),
        pageSize: EXPORT_PAGE_SIZE,
        cap: EXPORT_CAP,
        concurrency: EXPORT_CONCURRENCY,
        signal: abort.signal,
        // Each page becomes its own part of the file: no single huge string is ever built.
        write: (events) => parts.push(encoder.rows(events)),
        onProgress: (progress) => setState({ step: 'running', progress }),
      })
      const now = Date.now()
      const fileName = exportFileName(client.connection.orgId || client.source.id, search.range, now, encoder.extension)
      download(new Blob(parts, { type: encoder.mimeType }), fileName)
      setState({ step: 'done', entries: summary.entries, fileName, capped: summary.capped })
    } catch (error) {
      if (abort.signal.aborted) setState({ step: 'cancelled' })
      else {
        const { title, detail } = describeError(error)
        setState({ step: 'failed', message: [title, detail].filter(Boolean).join(' ') })
      }
    } finally {
      controller.current = null
    }
  }

  const over = total !== undefined && total > EXPORT_CAP
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="modal" aria-describedby={`${id}-what`}>
          <Dialog.Title className="modal-title">Export {label}</Dialog.Title>
          <p id={`${id}-what`}>
            Every entry matching the current filters and time range
            {total !== undefined ? ` (${formatCount(total)} ${total === 1 ? 'entry' : 'entries'})` : ''}, in the list’s
            order, with secrets redacted as on screen. Times are in UTC (ISO 8601).
          </p>
          <p className="muted">At most {formatCount(EXPORT_CAP)} entries are exported at a time.</p>
          {over && (
            <p className="field-warning" role="note">
              This range holds {formatCount(total)} entries: only the first {formatCount(EXPORT_CAP)} will be exported.
              Narrow the time range or filters to export the rest.
            </p>
          )}
          {format === 'csv' && state.step === 'ready' && (
            <label className="checkbox-line">
              <input type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} /> Add a byte-order mark (for
              Excel)
            </label>
          )}

          {state.step === 'running' && <ExportProgressBar progress={state.progress} />}
          <div role="status" className="export-status">
            {state.step === 'done' &&
              `Exported ${formatCount(state.entries)} ${state.entries === 1 ? 'entry' : 'entries'} to ${state.fileName}.${state.capped ? ' The cap was reached.' : ''}`}
            {state.step === 'cancelled' && 'Export cancelled. Nothing was saved.'}
          </div>
          {state.step === 'failed' && (
            <p role="alert" className="field-error">
              The export failed: {state.message}
            </p>
          )}

          <div className="modal-actions">
            {state.step === 'running' ? (
              <button type="button" className="button" onClick={() => controller.current?.abort()}>
                Cancel export
              </button>
            ) : state.step === 'done' ? null : (
              <button type="button" className="button button-primary" onClick={() => void start()}>
                <Icon name="download" size={14} />
                {state.step === 'ready' ? `Export ${label}` : 'Try again'}
              </button>
            )}
            <Dialog.Close asChild>
              <button type="button" className="button button-quiet">
                Close
              </button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}

function ExportProgressBar({ progress }: { progress: ExportProgress }) {
  const id = useId()
  const { entries, pages, totalEntries, totalPages } = progress
  const text = `${formatCount(entries)}${totalEntries !== undefined ? ` of ${formatCount(totalEntries)}` : ''} entries · ${formatCount(pages)}${totalPages !== undefined ? ` of ${formatCount(totalPages)}` : ''} pages`
  return (
    <div className="export-progress">
      <label htmlFor={id}>Export progress</label>
      <progress id={id} max={totalEntries ?? undefined} value={totalEntries !== undefined ? entries : undefined} aria-valuetext={text} />
      <p className="muted" aria-live="polite">
        {text}
      </p>
    </div>
  )
}

function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Give the browser time to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
