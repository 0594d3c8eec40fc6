/**
 * Fetches every page of a search with bounded concurrency, hands pages to `write` strictly in
 * order, retries a failing page, stops at a cap, and stops at once when cancelled.
 */
import { type AuditEvent, type AuditPage, hasNextPage } from '@/sources/audit-event'

export interface ExportProgress {
  entries: number
  pages: number
  /** Pages the export will fetch, when the total is known. */
  totalPages?: number
  /** Entries the export will write (the total, capped), when known. */
  totalEntries?: number
  /** Matches of the search as the source reports them, before the cap, when known. */
  total?: number
}

export interface ExportLoopOptions {
  fetchPage: (page: number, signal: AbortSignal) => Promise<AuditPage>
  pageSize: number
  /** Most entries to write. */
  cap: number
  concurrency: number
  signal: AbortSignal
  write: (events: readonly AuditEvent[]) => void
  onProgress: (progress: ExportProgress) => void
  /** Attempts per page before the export fails. */
  attempts?: number
  /** Waits between attempts; injectable so tests need not wait. */
  delay?: (ms: number, signal: AbortSignal) => Promise<void>
}

export interface ExportSummary {
  entries: number
  pages: number
  /** True when the cap stopped the export before the end of the matches. */
  capped: boolean
}

const abortableDelay = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms)
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer)
        reject(signal.reason)
      },
      { once: true },
    )
  })

export async function runExport(options: ExportLoopOptions): Promise<ExportSummary> {
  const { fetchPage, pageSize, cap, signal, write, onProgress } = options
  const attempts = options.attempts ?? 3
  const delay = options.delay ?? abortableDelay

  async function fetchWithRetry(page: number): Promise<AuditPage> {
    for (let attempt = 1; ; attempt += 1) {
      signal.throwIfAborted()
      try {
        return await fetchPage(page, signal)
      } catch (error) {
        if (signal.aborted || attempt >= attempts) throw error
        await delay(500 * 2 ** (attempt - 1), signal)
      }
    }
  }

  // The first page says how many there are; the rest can then be fetched side by side.
  const first = await fetchWithRetry(0)
  signal.throwIfAborted()
  const total = first.total
  const wanted = total === undefined ? cap : Math.min(total, cap)
  const totalPages = total === undefined ? undefined : Math.ceil(wanted / pageSize)
  let entries = 0
  let pages = 0
  let finished = false

  const accept = (page: AuditPage): boolean => {
    const room = cap - entries
    const events = page.events.length > room ? page.events.slice(0, room) : page.events
    write(events)
    entries += events.length
    pages += 1
    onProgress({ entries, pages, totalPages, totalEntries: total === undefined ? undefined : wanted, total })
    // Done at the cap, at the known last page, or where the source says no page follows.
    return entries >= cap || (totalPages !== undefined ? pages >= totalPages : !hasNextPage(page, pages - 1, pageSize))
  }

  finished = accept(first)
  let next = 1
  const inFlight = new Map<number, Promise<AuditPage>>()
  try {
    while (!finished) {
      while (inFlight.size < options.concurrency && (totalPages === undefined || next < totalPages)) {
        inFlight.set(next, fetchWithRetry(next))
        next += 1
        // Without a total, look ahead only one page at a time: the last page ends the export.
        if (totalPages === undefined) break
      }
      const expected = pages
      const pending = inFlight.get(expected)
      if (!pending) break
      const page = await pending
      inFlight.delete(expected)
      // A page that arrived just before a cancel is not written: cancelled means nothing more.
      signal.throwIfAborted()
      finished = accept(page)
    }
  } finally {
    // Pages still in flight after a failure or a cancel are abandoned, not left to reject unseen.
    inFlight.forEach((pending) => pending.catch(() => {}))
  }
  const capped = total === undefined ? entries >= cap : total > cap
  return { entries, pages, capped }
}
