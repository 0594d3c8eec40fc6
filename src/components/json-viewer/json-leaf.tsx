import { entryMessages } from '@/lib/i18n/entry-messages'
import { isRedactedValue } from '@/lib/redaction'

import type { JsonLeafValue } from './json-shape'
import { RedactedBadge } from './redacted-badge'
import { RedactedText } from './redacted-text'

/** Longer strings show a preview and a "Show all" button: one 200 KB line would swamp the tree. */
export const LONG_STRING_CHARS = 10_000
export const STRING_PREVIEW_CHARS = 1_000

export function isLongString(value: JsonLeafValue): value is string {
  return typeof value === 'string' && value.length > LONG_STRING_CHARS
}

interface Props {
  value: JsonLeafValue
  /** A long string is shown in full below its row (see JsonFullString). */
  full: boolean
  onToggleFull: () => void
  /** -1 inside the tree, where Enter on the item does the same and the tree keeps one tab stop. */
  buttonTabIndex: 0 | -1
}

/** One primitive value, coloured by type; strings quoted, isolated and escaped. */
export function JsonLeaf({ value, full, onToggleFull, buttonTabIndex }: Props) {
  if (isRedactedValue(value)) return <RedactedBadge value={value} />
  // JSON's own tokens, not words: printed as JSON prints them.
  if (value === null) return <span className="json-null">{String(value)}</span>
  if (typeof value === 'boolean') return <span className="json-boolean">{String(value)}</span>
  if (typeof value === 'number') return <span className="json-number">{String(value)}</span>
  if (!isLongString(value)) {
    return (
      <span className="json-string">
        &quot;
        <bdi>
          <RedactedText text={value} />
        </bdi>
        &quot;
      </span>
    )
  }

  const count = value.length
  return (
    <>
      {full ? (
        <span className="json-muted">{entryMessages.jsonViewer.stringLength(count)}</span>
      ) : (
        <span className="json-string">
          &quot;
          <bdi>
            <RedactedText text={value.slice(0, STRING_PREVIEW_CHARS)} />
          </bdi>
          …&quot;
        </span>
      )}{' '}
      <button
        type="button"
        className="button button-quiet json-show-all"
        tabIndex={buttonTabIndex}
        onClick={onToggleFull}
      >
        {full ? entryMessages.jsonViewer.showLess : entryMessages.jsonViewer.showAll(count)}
      </button>
    </>
  )
}
