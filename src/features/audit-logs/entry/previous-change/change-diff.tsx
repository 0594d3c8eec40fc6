import './change-diff.css'

import type { Rect, Virtualizer } from '@tanstack/react-virtual'
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual'
import { memo, useEffect, useMemo, useRef, useState } from 'react'

import { RedactedBadge } from '@/components/json-viewer/redacted-badge'
import { RedactedText } from '@/components/json-viewer/redacted-text'
import { EscapedText } from '@/components/ui/escaped-text'
import { SLICE_MS, yieldToMain } from '@/lib/async/yield-to-main'
import { entryMessages } from '@/lib/i18n/entry-messages'
import { diffJsonInSlices, formatJsonPath, type JsonChange } from '@/lib/json-diff'
import { isRedactedValue, type RedactedJson } from '@/lib/redaction'

import { previewJson } from './preview-json'

/** Must match `.change-diff-row { height }` in change-diff.css. */
const ROW_HEIGHT = 52
/** Assumed viewport before layout (jsdom, a closed section): 8 rows. */
const FALLBACK_HEIGHT = 8 * ROW_HEIGHT

function observeRectOrFallback(instance: Virtualizer<HTMLDivElement, Element>, onRect: (rect: Rect) => void) {
  return observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : { ...rect, height: FALLBACK_HEIGHT }))
}

interface Props {
  /** The previous change's request body and this entry's, both already redacted. */
  before: RedactedJson
  after: RedactedJson | undefined
}

/**
 * The differences between two request bodies, one row per added, removed or changed value with
 * its path, virtualised: only the rows in view are in the DOM, and values are cut to a line, so
 * a diff of two 1 MB bodies costs one walk of them and a few dozen elements.
 */
export default function ChangeDiff({ before, after }: Props) {
  const [result, setResult] = useState<{
    before: RedactedJson
    after: RedactedJson | undefined
    changes: JsonChange[]
  }>()
  // Two megabyte bodies take tens of milliseconds or more to compare: in slices, between which
  // the page paints and answers input.
  useEffect(() => {
    const abort = new AbortController()
    diffJsonInSlices(before, after ?? null, { pause: yieldToMain, sliceMs: SLICE_MS, signal: abort.signal }).then(
      (changes) => setResult({ before, after, changes }),
      () => {}, // Aborted: another pair of bodies, or the drawer closed.
    )
    return () => abort.abort()
  }, [before, after])
  const changes = result?.before === before && result.after === after ? result.changes : undefined
  const counts = useMemo(() => {
    const count = { added: 0, removed: 0, changed: 0 }
    for (const change of changes ?? []) count[change.kind] += 1
    return count
  }, [changes])
  const m = entryMessages.drawer.previousChange
  if (changes === undefined) {
    return (
      <p className="muted" role="status">
        {m.loadingDiff}
      </p>
    )
  }
  if (changes.length === 0) {
    return (
      <p className="muted" role="status">
        {m.same}
      </p>
    )
  }
  return (
    <div className="change-diff">
      <p role="status">{m.summary(counts.added, counts.removed, counts.changed)}</p>
      <p className="muted">{m.redactedNote}</p>
      <ChangeList changes={changes} />
    </div>
  )
}

function ChangeList({ changes }: { changes: JsonChange[] }) {
  const scrollRef = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: changes.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 0, height: FALLBACK_HEIGHT },
    observeElementRect: observeRectOrFallback,
    useFlushSync: false,
  })
  return (
    <div
      ref={scrollRef}
      className="change-diff-list"
      // A focusable region (keyboard users scroll it) holding the list, as the raw JSON view is.
      role="region"
      aria-label={entryMessages.drawer.previousChange.listLabel}
      tabIndex={0}
    >
      <div
        className="change-diff-canvas"
        role="list"
        aria-label={entryMessages.drawer.previousChange.listLabel}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => (
          <ChangeRow
            key={item.index}
            change={changes[item.index]!}
            top={item.start}
            position={item.index + 1}
            count={changes.length}
          />
        ))}
      </div>
    </div>
  )
}

const ChangeRow = memo(function ChangeRow({
  change,
  top,
  position,
  count,
}: {
  change: JsonChange
  top: number
  position: number
  count: number
}) {
  const m = entryMessages.drawer.previousChange
  const kind = m.kinds[change.kind]
  const path = formatJsonPath(change.path, m.rootPath)
  return (
    <div
      role="listitem"
      aria-setsize={count}
      aria-posinset={position}
      className={`change-diff-row change-${change.kind}`}
      style={{ transform: `translateY(${top}px)` }}
    >
      <div className="change-diff-head">
        <span className="change-diff-kind">{kind}</span>{' '}
        <code className="change-diff-path">
          <bdi>
            <EscapedText text={path} />
          </bdi>
        </code>
      </div>
      <div className="change-diff-values">
        {change.kind !== 'added' && (
          <span className="change-diff-before">
            <span className="sr-only">{m.before} </span>
            <span aria-hidden="true">− </span>
            <DiffValue value={change.before} />
          </span>
        )}
        {change.kind !== 'removed' && (
          <span className="change-diff-after">
            <span className="sr-only">{m.after} </span>
            <span aria-hidden="true">+ </span>
            <DiffValue value={change.after} />
          </span>
        )}
      </div>
    </div>
  )
})

function DiffValue({ value }: { value: RedactedJson }) {
  if (isRedactedValue(value)) return <RedactedBadge value={value} />
  return (
    <code className="change-diff-value">
      <bdi>
        <RedactedText text={previewJson(value)} />
      </bdi>
    </code>
  )
}
