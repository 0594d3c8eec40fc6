/**
 * BloodHound writes two entries per change: an `intent` before it and the outcome (`success` or
 * `failure`) after it, sharing a `commit_id`. The list shows one row per change: the outcome,
 * carrying its intent in `paired`. Entries with no commit id (an intent without one cannot be
 * paired, so it is not judged either) and outcomes no intent on the page shares (LoginAttempt
 * writes a lone outcome) pass through unchanged.
 *
 * Pairing only sees one page, and a change can straddle a page boundary:
 *  - An outcome at the bottom of a page may have its intent on the next (older) page: the
 *    outcome shows without `paired`, and the next page shows the intent on its own row.
 *  - An intent whose outcome is not on the page is either unrecorded, still running, or has its
 *    outcome on the previous (newer) page. The page is newest first, so if it holds any entry
 *    more than `graceMs` newer than the intent, an outcome written within `graceMs` of the
 *    intent would have sorted between the two and be on this page: its absence means the
 *    outcome was never recorded (`outcome: 'unrecorded'`). Otherwise the intent stays `intent`:
 *    we cannot tell. `graceMs` bounds how long a change takes; BloodHound requests time out
 *    long before ten minutes (30 s unless `Prefer: wait` asks otherwise).
 */
import type { AuditEvent } from '@/sources/audit-event'

export const UNRECORDED_GRACE_MS = 10 * 60_000

export interface PairingOptions {
  graceMs?: number
}

function isOutcome(event: AuditEvent): boolean {
  return event.outcome === 'success' || event.outcome === 'failure'
}

export function pairBloodHoundEvents(
  events: readonly AuditEvent[],
  { graceMs = UNRECORDED_GRACE_MS }: PairingOptions = {},
): AuditEvent[] {
  // The first intent for each commit id; a second intent with the same id is left alone.
  const intents = new Map<string, AuditEvent>()
  for (const event of events) {
    if (event.outcome === 'intent' && event.commitId && !intents.has(event.commitId)) {
      intents.set(event.commitId, event)
    }
  }

  const pairedIntents = new Set<AuditEvent>()
  const outcomes = new Map<AuditEvent, AuditEvent>()
  for (const event of events) {
    if (!isOutcome(event) || !event.commitId) continue
    const intent = intents.get(event.commitId)
    if (intent && !pairedIntents.has(intent)) {
      pairedIntents.add(intent)
      outcomes.set(event, intent)
    }
  }

  let newestMs = Number.NEGATIVE_INFINITY
  for (const event of events) if (event.timeMs > newestMs) newestMs = event.timeMs

  const rows: AuditEvent[] = []
  for (const event of events) {
    if (pairedIntents.has(event)) continue
    const intent = outcomes.get(event)
    if (intent) rows.push({ ...event, paired: intent })
    else if (event.outcome === 'intent' && event.commitId && newestMs - event.timeMs > graceMs)
      rows.push({ ...event, outcome: 'unrecorded' })
    else rows.push(event)
  }
  return rows
}
