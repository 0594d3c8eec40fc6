import { Dialog } from 'radix-ui'
import { useEffect, useId, useRef, useState } from 'react'

import { Icon } from '@/components/ui/icon'
import { downloadFile } from '@/lib/browser/download-file'
import { describeError } from '@/lib/http/describe-error'
import { messages } from '@/lib/i18n'
import type { AuditSearch } from '@/sources/audit-search'
import { useSourceClient } from '@/sources/source-client-context'

import type { ExportFormat } from './export-encoders'
import { encoderFor } from './export-encoders'
import { exportFileName } from './export-file-name'
import type { ExportProgress } from './export-loop'
import { runExport } from './export-loop'

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
  const label = messages.export.formats[format]
  const m = messages.export

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
      downloadFile(new Blob(parts, { type: encoder.mimeType }), fileName)
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
          <Dialog.Title className="modal-title">{m.title(label)}</Dialog.Title>
          <p id={`${id}-what`}>{m.what(total)}</p>
          <p className="muted">{m.cap(EXPORT_CAP)}</p>
          {over && (
            <p className="field-warning" role="note">
              {m.overCap(total, EXPORT_CAP)}
            </p>
          )}
          {format === 'csv' && state.step === 'ready' && (
            <label className="checkbox-line">
              <input type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} /> {m.byteOrderMark}
            </label>
          )}

          {state.step === 'running' && <ExportProgressBar progress={state.progress} />}
          <div role="status" className="export-status">
            {state.step === 'done' && m.done(state.entries, state.fileName, state.capped)}
            {state.step === 'cancelled' && m.cancelled}
          </div>
          {state.step === 'failed' && (
            <p role="alert" className="field-error">
              {m.failed(state.message)}
            </p>
          )}

          <div className="modal-actions">
            {state.step === 'running' ? (
              <button type="button" className="button" onClick={() => controller.current?.abort()}>
                {m.cancel}
              </button>
            ) : state.step === 'done' ? null : (
              <button type="button" className="button button-primary" onClick={() => void start()}>
                <Icon name="download" size={14} />
                {state.step === 'ready' ? m.title(label) : m.tryAgain}
              </button>
            )}
            <Dialog.Close asChild>
              <button type="button" className="button button-quiet">
                {messages.common.close}
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
  const text = messages.export.progress(entries, totalEntries, pages, totalPages)
  return (
    <div className="export-progress">
      <label htmlFor={id}>{messages.export.progressLabel}</label>
      <progress
        id={id}
        max={totalEntries ?? undefined}
        value={totalEntries !== undefined ? entries : undefined}
        aria-valuetext={text}
      />
      <p className="muted" aria-live="polite">
        {text}
      </p>
    </div>
  )
}
