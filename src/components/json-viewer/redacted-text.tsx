import { EscapedText } from '@/components/ui/escaped-text'
import { findPlaceholders, RedactedValue } from '@/lib/redaction'

import { RedactedBadge } from './redacted-badge'

/**
 * A string value whose secrets the redactor replaced in place ("https://[REDACTED: url
 * credentials]@host"): the placeholders show as the same badges as wholly redacted values, so
 * a marker is never the only sign that something was removed.
 */
export function RedactedText({ text }: { text: string }) {
  const placeholders = findPlaceholders(text)
  if (placeholders.length === 0) return <EscapedText text={text} />
  const parts = []
  let from = 0
  for (const { start, end, reason, origin } of placeholders) {
    if (start > from) parts.push(<EscapedText key={`t${from}`} text={text.slice(from, start)} />)
    parts.push(<RedactedBadge key={`r${start}`} value={new RedactedValue(reason, origin)} />)
    from = end
  }
  if (from < text.length) parts.push(<EscapedText key={`t${from}`} text={text.slice(from)} />)
  return <>{parts}</>
}
