import type { Rect, Virtualizer } from '@tanstack/react-virtual'
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual'
import type { CSSProperties } from 'react'
import { useMemo, useRef } from 'react'

import { entryMessages } from '@/lib/i18n/entry-messages'
import type { RedactedJson } from '@/lib/redaction'

import { JsonRawLine } from './json-raw-line'
import { lineAt, lineCount, toRawText } from './raw-lines'

/** Must match `.json-raw-line { height }` in json-viewer.css. */
export const LINE_HEIGHT = 20
/** Assumed viewport when the container has no height yet (jsdom, a hidden tab): 30 lines. */
const FALLBACK_HEIGHT = 600

/** The default observer, but a zero height (nothing laid out yet) counts as the fallback height. */
function observeRectOrFallback(instance: Virtualizer<HTMLDivElement, Element>, onRect: (rect: Rect) => void) {
  return observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : { ...rect, height: FALLBACK_HEIGHT }))
}

interface Props {
  value: RedactedJson
  label: string
}

/**
 * `JSON.stringify(value, null, 2)` virtualised by line: only the lines in view (plus overscan)
 * are in the DOM, so a 5 MB body with 300,000 lines costs a few dozen elements.
 */
export function JsonRawView({ value, label }: Props) {
  const raw = useMemo(() => toRawText(value), [value])
  const count = lineCount(raw)
  const scrollRef = useRef<HTMLDivElement>(null)
  // Nothing memoised receives the virtualizer's functions: lines get plain values.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => LINE_HEIGHT,
    overscan: 20,
    initialRect: { width: 0, height: FALLBACK_HEIGHT },
    observeElementRect: observeRectOrFallback,
    // React 19 batches scroll updates well enough; flushSync on scroll only adds warnings.
    useFlushSync: false,
  })

  return (
    <div
      ref={scrollRef}
      className="json-raw"
      role="region"
      aria-label={entryMessages.jsonViewer.rawRegion(label)}
      // Focusable so keyboard users can scroll it.
      tabIndex={0}
      style={{ '--json-gutter-digits': String(count).length } as CSSProperties}
    >
      <div className="json-raw-canvas" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((line) => (
          <JsonRawLine key={line.index} number={line.index + 1} text={lineAt(raw, line.index)} top={line.start} />
        ))}
      </div>
    </div>
  )
}
