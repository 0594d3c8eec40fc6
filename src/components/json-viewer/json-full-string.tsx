import type { CSSProperties } from 'react'

import { EscapedText } from '@/components/ui/escaped-text'

interface Props {
  text: string
  label: string
  style?: CSSProperties
}

/** A long string in full, in its own scroll box so it cannot stretch the drawer. */
export function JsonFullString({ text, label, style }: Props) {
  return (
    // Focusable so keyboard users can scroll it.
    <div className="json-string-full json-string" role="region" aria-label={label} tabIndex={0} style={style}>
      &quot;
      <bdi>
        <EscapedText text={text} />
      </bdi>
      &quot;
    </div>
  )
}
