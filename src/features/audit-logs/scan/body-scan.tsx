import './body-scan.css'

import { useEffect, useId, useRef, useState } from 'react'
import { Link, useLocation } from 'react-router'

import { EscapedText } from '@/components/ui/escaped-text'
import { Icon } from '@/components/ui/icon'
import { auditLogEntryPath } from '@/config/paths'
import { PartyLabel } from '@/features/audit-logs/list/party-label'
import { RequestCell } from '@/features/audit-logs/list/request-cell'
import { formatDateTime, type TimeZoneChoice } from '@/lib/format/format-time'
import { describeError } from '@/lib/http/describe-error'
import { messages } from '@/lib/i18n'
import { queryMessages } from '@/lib/i18n/query-messages'
import type { AuditSearch } from '@/sources/audit-search'
import { useSourceClient } from '@/sources/source-client-context'

import { normaliseWords, type Snippet } from './entry-text'
import { runScan, SCAN_CAP, SCAN_MATCH_LIMIT, SCAN_PAGE_SIZE, type ScanMatch, type ScanProgress } from './scan-loop'

export interface BodyScanProps {
  /** The list's current search (filters and time range); the scan pages through its matches, newest first. */
  search: AuditSearch
  /** Words to find, all of them (AND), case-insensitive, each anywhere in the entry's text. */
  words: readonly string[]
  /** Closes the scan (the search box clears its words). */
  onDismiss: () => void
  /** The zone the list shows times in (the list's `tz`); local when not given. */
  zone?: TimeZoneChoice
}

type Step =
  { step: 'running' } | { step: 'done'; capped: boolean } | { step: 'cancelled' } | { step: 'failed'; message: string }

type ScanState = Step & { progress: ScanProgress; matches: ScanMatch[] }

const m = queryMessages.scan

/**
 * Scans the entries of the current search in this browser for words the vendor's API cannot
 * filter on, and lists the matches as they arrive. A new search or new words start a new scan
 * (the old one is cancelled with its requests); so does Retry.
 */
export default function BodyScan({ search, words, onDismiss, zone = 'local' }: BodyScanProps) {
  const titleId = useId()
  const [attempt, setAttempt] = useState(0)
  const wanted = normaliseWords(words)
  // Only what decides the entries read restarts a scan: the list's page, size and sort do not.
  const key = JSON.stringify([wanted, search.filters, search.range, attempt])
  return (
    <section className="body-scan" aria-labelledby={titleId}>
      <header className="body-scan-header">
        <h2 id={titleId} className="body-scan-title">
          {m.title(wanted)}
        </h2>
        <button type="button" className="icon-button" aria-label={m.close} onClick={onDismiss}>
          <Icon name="x" size={14} />
        </button>
      </header>
      <p className="muted body-scan-what">{m.what(SCAN_CAP)}</p>
      {wanted.length === 0 ? (
        <p className="muted">{m.noWords}</p>
      ) : (
        <ScanRun key={key} search={search} words={wanted} zone={zone} onAgain={() => setAttempt((n) => n + 1)} />
      )}
    </section>
  )
}

/** One scan, from start to its end; remounted (by key) for another. */
function ScanRun({
  search,
  words,
  zone,
  onAgain,
}: {
  search: AuditSearch
  words: readonly string[]
  zone: TimeZoneChoice
  onAgain: () => void
}) {
  const client = useSourceClient()
  // Matches open over the list, which keeps its URL state.
  const { search: listSearch } = useLocation()
  const [scan, setScan] = useState<ScanState>({ step: 'running', progress: { scanned: 0, matches: 0 }, matches: [] })
  const controller = useRef<AbortController | null>(null)

  // The scan starts with the component and ends with it: leaving cancels its requests.
  useEffect(() => {
    const abort = new AbortController()
    controller.current = abort
    // Only this run's own controller may write: a superseded run (unmounted, or StrictMode's
    // first mount) finishes silently.
    const current = () => controller.current === abort
    const scanSearch: AuditSearch = { ...search, sort: { field: 'time', direction: 'desc' } }
    runScan({
      fetchPage: (page, signal) => client.listPage({ ...scanSearch, page, pageSize: SCAN_PAGE_SIZE }, signal),
      words,
      signal: abort.signal,
      onPage: (found, progress) => {
        if (!current()) return
        setScan((state) => ({
          ...state,
          progress,
          matches: found.length ? [...state.matches, ...found] : state.matches,
        }))
      },
    }).then(
      (summary) => {
        if (current()) setScan((state) => ({ ...state, step: 'done', capped: summary.capped, progress: summary }))
      },
      (error: unknown) => {
        if (!current()) return
        if (abort.signal.aborted) return setScan((state) => ({ ...state, step: 'cancelled' }))
        const { title, detail } = describeError(error)
        setScan((state) => ({ ...state, step: 'failed', message: [title, detail].filter(Boolean).join(' ') }))
      },
    )
    return () => {
      controller.current = null
      abort.abort()
    }
    // The key of this component stands for words and search: it remounts rather than re-running.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client])

  const { progress, matches } = scan
  const through = progress.last && formatDateTime(progress.last.timeMs, zone)
  const running = scan.step === 'running'
  return (
    <>
      <div className="body-scan-status">
        {running && (
          <progress
            className="body-scan-progress"
            aria-label={m.progressLabel}
            max={progress.total === undefined ? undefined : Math.min(progress.total, SCAN_CAP)}
            value={progress.total === undefined ? undefined : progress.scanned}
          />
        )}
        <p role="status" aria-atomic="true" className="body-scan-line">
          {statusLine(scan, through)}
        </p>
        {running ? (
          <button type="button" className="button" onClick={() => controller.current?.abort()}>
            {m.cancel}
          </button>
        ) : scan.step === 'cancelled' || (scan.step === 'done' && !scan.capped) ? (
          <button type="button" className="button button-quiet" onClick={onAgain}>
            <Icon name="refresh" size={14} />
            {m.again}
          </button>
        ) : null}
      </div>
      {scan.step === 'failed' && (
        <div role="alert" className="body-scan-error">
          <p className="field-error">{m.failed(progress.scanned, scan.message)}</p>
          <button type="button" className="button" onClick={onAgain}>
            {messages.common.retry}
          </button>
        </div>
      )}
      {matches.length > 0 && (
        <ol className="body-scan-matches" aria-label={m.matchesLabel}>
          {/* Append-only, and an id could repeat if the log shifts between two pages: keyed by place. */}
          {matches.map((match, index) => (
            <MatchRow key={index} match={match} zone={zone} listSearch={listSearch} />
          ))}
        </ol>
      )}
      {progress.matches > SCAN_MATCH_LIMIT && (
        <p className="muted">{m.moreMatches(Math.min(matches.length, SCAN_MATCH_LIMIT), progress.matches)}</p>
      )}
    </>
  )
}

function statusLine(scan: ScanState, through: string | undefined): string {
  const { scanned, total, matches } = scan.progress
  const shownTotal = total === undefined ? undefined : Math.min(total, SCAN_CAP)
  const beyondCap = total !== undefined && total > SCAN_CAP ? total : undefined
  switch (scan.step) {
    case 'running':
      return m.progress(scanned, shownTotal, matches, beyondCap)
    case 'cancelled':
      return m.cancelled(scanned, shownTotal, through, matches)
    case 'failed':
      return m.progress(scanned, shownTotal, matches, beyondCap)
    case 'done':
      if (scan.capped) return m.capped(scanned, through, matches)
      return matches === 0 ? m.none(scanned) : m.done(scanned, matches)
  }
}

/** One match: when, who, which request, and the words in context; opens the entry over the list. */
function MatchRow({ match, zone, listSearch }: { match: ScanMatch; zone: TimeZoneChoice; listSearch: string }) {
  const { event, snippet } = match
  return (
    <li>
      <Link to={{ pathname: auditLogEntryPath(event.id), search: listSearch }} className="body-scan-match">
        <time dateTime={event.time} className="nowrap body-scan-time">
          {formatDateTime(event.timeMs, zone)}
        </time>
        <PartyLabel party={event.actor} />
        <RequestCell request={event.request} />
        <SnippetText snippet={snippet} />
      </Link>
    </li>
  )
}

/** Logged text, so rendered as text with hazards escaped; the word found is marked. */
function SnippetText({ snippet }: { snippet: Snippet }) {
  return (
    <span className="body-scan-snippet">
      <span className="body-scan-field">{m.fields[snippet.field]}</span>{' '}
      <bdi>
        {snippet.cutStart && '…'}
        <EscapedText text={snippet.before} />
        <mark>
          <EscapedText text={snippet.match} />
        </mark>
        <EscapedText text={snippet.after} />
        {snippet.cutEnd && '…'}
      </bdi>
    </span>
  )
}
