import type { AuditEvent } from '@/sources/audit-event'

const OUTCOMES: Record<NonNullable<AuditEvent['outcome']>, { label: string; kind: string }> = {
  success: { label: 'Succeeded', kind: 'success' },
  failure: { label: 'Failed', kind: 'danger' },
  intent: { label: 'Intent (outcome not on this page)', kind: 'info' },
  // BloodHound wrote an intent and never recorded what happened.
  unrecorded: { label: 'Outcome not recorded', kind: 'warning' },
}

/** A change's outcome (BloodHound's intent → success/failure pairing), as a coloured badge. */
export function OutcomeBadge({ event }: { event: AuditEvent }) {
  if (!event.outcome) return <span className="muted">—</span>
  const { label, kind } = OUTCOMES[event.outcome]
  return (
    <span className={`status status-${kind} status-text`} title={event.paired ? 'Paired with its intent by commit id' : undefined}>
      {label}
    </span>
  )
}
