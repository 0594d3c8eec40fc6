import { messages } from '@/lib/i18n'
import type { AuditEvent } from '@/sources/audit-event'

const LABELS = messages.list.outcomes

const OUTCOMES: Record<NonNullable<AuditEvent['outcome']>, { label: string; kind: string }> = {
  success: { label: LABELS.success, kind: 'success' },
  failure: { label: LABELS.failure, kind: 'danger' },
  intent: { label: LABELS.intent, kind: 'info' },
  // BloodHound wrote an intent and never recorded what happened.
  unrecorded: { label: LABELS.unrecorded, kind: 'warning' },
}

/** A change's outcome (BloodHound's intent → success/failure pairing), as a coloured badge. */
export function OutcomeBadge({ event }: { event: AuditEvent }) {
  if (!event.outcome) return <span className="muted">—</span>
  const { label, kind } = OUTCOMES[event.outcome]
  return (
    <span className={`status status-${kind} status-text`} title={event.paired ? messages.list.pairedTitle : undefined}>
      {label}
    </span>
  )
}
