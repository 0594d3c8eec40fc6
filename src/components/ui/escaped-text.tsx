import { splitHazards } from '@/lib/format/escape-segments'

/**
 * Logged text as React text, with controls, bidi overrides and invisible characters replaced by
 * a muted visible escape (`\u202E`), so they can neither hide content nor reorder the UI around
 * it. Callers wrap it in <bdi> where the text sits next to other content.
 */
export function EscapedText({ text }: { text: string }) {
  const segments = splitHazards(text)
  if (segments.length === 1 && !segments[0]!.escaped) return text
  return segments.map((segment, index) =>
    segment.escaped ? (
      <span key={index} className="text-escape">
        {segment.text}
      </span>
    ) : (
      segment.text
    ),
  )
}
