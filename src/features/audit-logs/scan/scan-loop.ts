/**
 * A scan pages through a search's matches with the export's loop (in order, bounded concurrency,
 * retries, cap, cancel) and tests each decoded, already redacted entry against the words.
 */
import { runExport } from '@/features/audit-logs/export/export-loop'
import { yieldToMain } from '@/lib/async/yield-to-main'
import type { AuditEvent, AuditPage } from '@/sources/audit-event'

import { type Snippet, wordMatcher } from './entry-text'

/**
 * Most entries one scan reads. Every entry is fetched and held briefly in this tab, so the cap
 * bounds the requests (50 pages of 100) and the time a scan takes to seconds, not minutes; a
 * scan that needs more is a sign the time range or filters should be narrower, and the UI says so.
 */
export const SCAN_CAP = 5_000
/** The list's largest page: small enough that the first matches show quickly. */
export const SCAN_PAGE_SIZE = 100
/** Two requests at a time: a scan runs beside the list's own requests. */
export const SCAN_CONCURRENCY = 2
/** Matches kept and shown; the count goes on past it. */
export const SCAN_MATCH_LIMIT = 200

export interface ScanMatch {
  event: AuditEvent
  snippet: Snippet
}

export interface ScanProgress {
  /** Entries read so far. */
  scanned: number
  /** Entries that held every word so far. */
  matches: number
  /** The search's matches as the source reports them (before the cap), when known. */
  total?: number
  /** The last entry read: the oldest reached, since a scan goes newest first. */
  last?: AuditEvent
}

export interface ScanSummary extends ScanProgress {
  /** True when the cap stopped the scan before the end of the search's matches. */
  capped: boolean
}

export interface ScanLoopOptions {
  fetchPage: (page: number, signal: AbortSignal) => Promise<AuditPage>
  words: readonly string[]
  signal: AbortSignal
  /** Called with the page's new matches (possibly none) and the progress after it, page by page, in order. */
  onPage: (found: readonly ScanMatch[], progress: ScanProgress) => void
  cap?: number
  pageSize?: number
  concurrency?: number
  /** How many matches to hand on; later ones are only counted. */
  matchLimit?: number
  /** Waits between attempts at a failing page; injectable so tests need not wait. */
  delay?: (ms: number, signal: AbortSignal) => Promise<void>
}

/**
 * Runs one scan. Resolves with what was scanned; rejects when a page keeps failing or the signal
 * aborts, and then the last `onPage` call said how far it got.
 */
export async function runScan(options: ScanLoopOptions): Promise<ScanSummary> {
  const { fetchPage, signal, onPage } = options
  const matchLimit = options.matchLimit ?? SCAN_MATCH_LIMIT
  const matcher = wordMatcher(options.words)
  const progress: ScanProgress = { scanned: 0, matches: 0 }
  let found: ScanMatch[] = []

  const summary = await runExport({
    // Each page ends its task before it is matched: the matches so far paint and input is answered
    // between pages, even where answers arrive without one (a cache, the tests' in-process API).
    fetchPage: async (page, pageSignal) => {
      const result = await fetchPage(page, pageSignal)
      await yieldToMain()
      return result
    },
    pageSize: options.pageSize ?? SCAN_PAGE_SIZE,
    cap: options.cap ?? SCAN_CAP,
    concurrency: options.concurrency ?? SCAN_CONCURRENCY,
    signal,
    delay: options.delay,
    // Pages arrive here one at a time and in order, so matches come out newest first.
    write: (events) => {
      for (const event of events) {
        const snippet = matcher.match(event)
        if (!snippet) continue
        progress.matches += 1
        if (progress.matches <= matchLimit) found.push({ event, snippet })
      }
      progress.scanned += events.length
      progress.last = events.at(-1) ?? progress.last
    },
    // Called right after `write` for the same page: the page's matches and the counts go out together.
    onProgress: ({ total }) => {
      progress.total = total
      onPage(found, { ...progress })
      found = []
    },
  })
  return { ...progress, capped: summary.capped }
}
