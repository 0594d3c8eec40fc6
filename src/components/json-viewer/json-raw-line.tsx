import { memo } from 'react'

import { EscapedText } from '@/components/ui/escaped-text'
import { entryMessages } from '@/lib/i18n/entry-messages'

import { clipLine } from './raw-lines'

interface Props {
  number: number
  text: string
  top: number
}

/** One line of the raw view, cut at 2,000 characters so a 200 KB string cannot break layout. */
export const JsonRawLine = memo(function JsonRawLine({ number, text, top }: Props) {
  const { shown, hidden } = clipLine(text)
  return (
    <div className="json-raw-line" style={{ transform: `translateY(${top}px)` }}>
      {/* Hidden from copy and from screen readers, which read the code itself. */}
      <span className="json-raw-gutter" aria-hidden="true">
        {number}
      </span>
      <span className="json-raw-code">
        <EscapedText text={shown} />
        {hidden > 0 && <span className="json-raw-clipped">{entryMessages.jsonViewer.moreCharacters(hidden)}</span>}
      </span>
    </div>
  )
})
