import { EscapedText } from '@/components/ui/escaped-text'
import { entryMessages } from '@/lib/i18n/entry-messages'
import type { RedactedValue } from '@/lib/redaction'

/** A value the redactor removed: a badge saying who removed it and why, never a bare marker. */
export function RedactedBadge({ value }: { value: RedactedValue }) {
  const byServer = value.origin === 'server'
  const m = entryMessages.redaction
  const title = byServer ? m.byServerTitle : m.byDashboardTitle(value.reason)
  return (
    <span className="redacted-badge" title={title}>
      <svg
        className="redacted-badge-icon"
        viewBox="0 0 16 16"
        width="12"
        height="12"
        aria-hidden="true"
        focusable="false"
      >
        <path d="M8 1.5 2.5 3.5v4c0 3.3 2.3 5.9 5.5 7 3.2-1.1 5.5-3.7 5.5-7v-4L8 1.5Z" fill="currentColor" />
      </svg>
      {byServer ? (
        m.byServer
      ) : (
        <>
          {m.byDashboard}
          {value.reason && (
            <>
              {' · '}
              <bdi>
                <EscapedText text={value.reason} />
              </bdi>
            </>
          )}
        </>
      )}
    </span>
  )
}
