import { Dialog } from 'radix-ui'
import { useEffect, useId, useRef, useState } from 'react'

import { Icon } from '@/components/ui/icon'
import { APP_VERSION } from '@/config/app-version'
import { downloadFile } from '@/lib/browser/download-file'
import { describeError } from '@/lib/http/describe-error'
import { messages } from '@/lib/i18n'
import { exportMessages } from '@/lib/i18n/export-messages'
import type { AuditSearch } from '@/sources/audit-search'
import type { SourceClient } from '@/sources/source-client'
import { useSourceClient } from '@/sources/source-client-context'

import type { ExportFormat } from './export-encoders'
import { encoderFor } from './export-encoders'
import { exportFileName } from './export-file-name'
import type { ExportProgress } from './export-loop'
import { runExport } from './export-loop'
import { buildExportManifest, type ExportManifestInput, manifestBlob, manifestFileName } from './export-manifest'
import { canDigest, sha256Hex } from './sha256'
import { describeListRequest, type VendorRequest } from './vendor-request'

export const EXPORT_CAP = 100_000
/** Large pages keep the number of requests down; four at a time keeps the server comfortable. */
const EXPORT_PAGE_SIZE = 1_000
const EXPORT_CONCURRENCY = 4

type State =
  | { step: 'ready' }
  | { step: 'running'; progress: ExportProgress }
  | { step: 'done'; entries: number; fileName: string; capped: boolean; manifest: ManifestState }
  | { step: 'cancelled' }
  | { step: 'failed'; message: string }

/** The evidence manifest beside a finished export: hashing, ready to download, or impossible here. */
type ManifestState =
  { step: 'preparing' } | { step: 'ready'; blob: Blob; fileName: string } | { step: 'unavailable' } | { step: 'failed' }

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
  const m = exportMessages

  // Closing the dialog mid-way cancels the export and its requests.
  useEffect(() => () => controller.current?.abort(), [])

  async function start() {
    const abort = new AbortController()
    controller.current = abort
    const encoder = encoderFor(format, { bom })
    const parts: BlobPart[] = [encoder.header()]
    // For the manifest: when, which vendor requests (one per page, in order), how many redactions.
    const startedAt = Date.now()
    const requests: Promise<VendorRequest>[] = []
    let redactedValues = 0
    setState({ step: 'running', progress: { entries: 0, pages: 0 } })
    try {
      const summary = await runExport({
        fetchPage: (page, signal) => {
          const pageSearch = { ...search, page, pageSize: EXPORT_PAGE_SIZE }
          requests[page] ??= describeListRequest(client, pageSearch)
          return client.listPage(pageSearch, signal)
        },
        pageSize: EXPORT_PAGE_SIZE,
        cap: EXPORT_CAP,
        concurrency: EXPORT_CONCURRENCY,
        signal: abort.signal,
        // Each page becomes its own part of the file: no single huge string is ever built.
        write: (events) => {
          parts.push(encoder.rows(events))
          for (const event of events) redactedValues += event.redactionCount
        },
        onProgress: (progress) => setState({ step: 'running', progress }),
      })
      const finishedAt = Date.now()
      const fileName = exportFileName(
        client.connection.orgId || client.source.id,
        search.range,
        finishedAt,
        encoder.extension,
      )
      const blob = new Blob(parts, { type: encoder.mimeType })
      downloadFile(blob, fileName)
      const done = { step: 'done', entries: summary.entries, fileName, capped: summary.capped } as const
      if (!canDigest()) return setState({ ...done, manifest: { step: 'unavailable' } })
      setState({ ...done, manifest: { step: 'preparing' } })
      const manifest = await prepareManifest({
        ...manifestContext(client),
        file: { name: fileName, format, mediaType: encoder.mimeType, blob },
        search,
        rows: summary.entries,
        capped: summary.capped,
        cap: EXPORT_CAP,
        redactedValues,
        startedAt,
        finishedAt,
        requests,
      })
      setState({ ...done, manifest })
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
          <Dialog.Title className="modal-title">{messages.export.title(label)}</Dialog.Title>
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
          {state.step === 'done' && <ManifestOffer manifest={state.manifest} />}
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
                {state.step === 'ready' ? messages.export.title(label) : m.tryAgain}
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

/** Hashes the file and writes its manifest; a failure here leaves the export itself done. */
async function prepareManifest(
  input: Omit<ExportManifestInput, 'file' | 'requests'> & {
    file: { name: string; format: string; mediaType: string; blob: Blob }
    requests: Promise<VendorRequest>[]
  },
): Promise<ManifestState> {
  const { file, requests, ...rest } = input
  try {
    const manifest = buildExportManifest({
      ...rest,
      file: {
        name: file.name,
        format: file.format,
        mediaType: file.mediaType,
        bytes: file.blob.size,
        sha256: await sha256Hex(file.blob),
      },
      // One per page fetched, in page order.
      requests: await Promise.all(requests.filter(Boolean)),
    })
    return { step: 'ready', blob: manifestBlob(manifest), fileName: manifestFileName(file.name) }
  } catch {
    return { step: 'failed' }
  }
}

function manifestContext(
  client: SourceClient,
): Pick<ExportManifestInput, 'appVersion' | 'source' | 'connection' | 'localTimeZone'> {
  const { apiUrl, orgId, demo } = client.connection
  return {
    appVersion: APP_VERSION,
    source: { id: client.source.id, label: client.source.label },
    connection: { apiUrl, orgId, demo },
    localTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  }
}

/** The manifest is offered on a button: a second download the browser starts by itself may be blocked. */
function ManifestOffer({ manifest }: { manifest: ManifestState }) {
  const m = exportMessages.manifest
  if (manifest.step === 'unavailable') return <p className="muted">{m.unavailable}</p>
  if (manifest.step === 'failed') return <p className="field-error">{m.failed}</p>
  if (manifest.step === 'preparing') {
    return (
      <p className="muted" role="status">
        {m.preparing}
      </p>
    )
  }
  return (
    <div className="export-manifest">
      <p className="muted">{m.what(manifest.fileName)}</p>
      <button type="button" className="button" onClick={() => downloadFile(manifest.blob, manifest.fileName)}>
        <Icon name="download" size={14} />
        {m.download}
      </button>
    </div>
  )
}

function ExportProgressBar({ progress }: { progress: ExportProgress }) {
  const id = useId()
  const { entries, pages, totalEntries, totalPages } = progress
  const text = exportMessages.progress(entries, totalEntries, pages, totalPages)
  return (
    <div className="export-progress">
      <label htmlFor={id}>{exportMessages.progressLabel}</label>
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
