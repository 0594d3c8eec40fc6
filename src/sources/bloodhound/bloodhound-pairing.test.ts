import type { AuditEvent } from '@/sources/audit-event'

import { pairBloodHoundEvents, UNRECORDED_GRACE_MS } from './bloodhound-pairing'

const T0 = Date.UTC(2024, 5, 1, 12)
const MINUTE = 60_000

function entry(id: number, minutesAfterT0: number, outcome: AuditEvent['outcome'], commitId?: string): AuditEvent {
  const timeMs = T0 + minutesAfterT0 * MINUTE
  return {
    id: String(id),
    time: new Date(timeMs).toISOString(),
    timeMs,
    actor: {},
    request: {},
    response: {},
    outcome,
    commitId,
    redactionCount: 0,
  }
}

const rows = (events: AuditEvent[]) =>
  pairBloodHoundEvents(events).map((event) => ({ id: event.id, outcome: event.outcome, paired: event.paired?.id }))

describe('pairBloodHoundEvents', () => {
  it('makes one row per change: the outcome, carrying its intent', () => {
    // Newest first, as the server lists them.
    const page = [
      entry(4, 30, 'failure', 'b'),
      entry(3, 29, 'intent', 'b'),
      entry(2, 10, 'success', 'a'),
      entry(1, 9.99, 'intent', 'a'),
    ]
    expect(rows(page)).toEqual([
      { id: '4', outcome: 'failure', paired: '3' },
      { id: '2', outcome: 'success', paired: '1' },
    ])
    expect(pairBloodHoundEvents(page)[0]?.paired).toBe(page[1])
  })

  it('flags an intent whose outcome is missing from a page that is clearly newer', () => {
    const page = [entry(9, 60, 'success', 'x'), entry(8, 59.9, 'intent', 'x'), entry(7, 5, 'intent', 'dangling')]
    expect(rows(page)).toEqual([
      { id: '9', outcome: 'success', paired: '8' },
      { id: '7', outcome: 'unrecorded', paired: undefined },
    ])
  })

  it('leaves an intent alone when its outcome could be on the newer page or still running', () => {
    // The newest entry on the page is within the grace period of the intent.
    const page = [entry(12, 3, 'success', 'p'), entry(11, 2.5, 'intent', 'p'), entry(10, 0, 'intent', 'q')]
    expect(UNRECORDED_GRACE_MS).toBeGreaterThan(3 * MINUTE)
    expect(rows(page)).toContainEqual({ id: '10', outcome: 'intent', paired: undefined })
    // An intent at the top of a page (its outcome just above the page boundary).
    expect(rows([entry(20, 100, 'intent', 'top'), entry(19, 99, 'success', 'other')])).toEqual([
      { id: '20', outcome: 'intent', paired: undefined },
      { id: '19', outcome: 'success', paired: undefined },
    ])
    expect(
      pairBloodHoundEvents([entry(1, 0, 'intent', 'c'), entry(2, 10, 'success', 'd')], { graceMs: 20 * MINUTE })[0]
        ?.outcome,
    ).toBe('intent')
  })

  it('shows an outcome whose intent is on the next (older) page without a pair', () => {
    expect(rows([entry(31, 20, 'success', 'n'), entry(30, 19, 'success', 'm')])).toEqual([
      { id: '31', outcome: 'success', paired: undefined },
      { id: '30', outcome: 'success', paired: undefined },
    ])
  })

  it('passes entries without a commit id, lone logins and unknown statuses through', () => {
    const page = [
      entry(5, 40, 'success', 'login'),
      entry(4, 30, undefined, 'odd'),
      entry(3, 20, 'failure'),
      entry(2, 10, 'intent'),
    ]
    expect(rows(page)).toEqual([
      { id: '5', outcome: 'success', paired: undefined },
      { id: '4', outcome: undefined, paired: undefined },
      { id: '3', outcome: 'failure', paired: undefined },
      { id: '2', outcome: 'intent', paired: undefined },
    ])
  })

  it('pairs an intent with one outcome only', () => {
    const page = [entry(3, 2, 'success', 'z'), entry(2, 1, 'failure', 'z'), entry(1, 0, 'intent', 'z')]
    expect(rows(page)).toEqual([
      { id: '3', outcome: 'success', paired: '1' },
      { id: '2', outcome: 'failure', paired: undefined },
    ])
  })

  it('does not change its input', () => {
    const page = [entry(2, 20, 'success', 'a'), entry(1, 19, 'intent', 'a'), entry(0, 0, 'intent', 'b')]
    const copy = structuredClone(page)
    pairBloodHoundEvents(page)
    expect(page).toEqual(copy)
  })
})
