import type { TimeZoneChoice } from '@/lib/format/format-time'
import type { AuditFilters, PartyRef } from '@/sources/audit-search'
import type { AuditSource, RequestMethodOf } from '@/sources/audit-source'

/** Actors and targets seen in the entries loaded so far, with how many entries name each. */
export interface KnownParty extends PartyRef {
  count: number
}

/** What the entries loaded so far say: the parties they name, and how many have each key's value. */
export interface KnownValues {
  actors: readonly KnownParty[]
  primaryTargets: readonly KnownParty[]
  secondaryTargets: readonly KnownParty[]
  /** By query key (`actor-type`, `request`, `status`): how many loaded entries have each value. */
  counts: Readonly<Partial<Record<string, ReadonlyMap<string, number>>>>
}

export const NOTHING_KNOWN: KnownValues = { actors: [], primaryTargets: [], secondaryTargets: [], counts: {} }

/** Everything reading and writing the query needs besides its text. */
export interface QueryContext {
  source: Pick<AuditSource, 'label' | 'capabilities' | 'isEntityId' | 'isEventId' | 'loadRequestMethods'>
  /** The zone dates are read and written in (the list's). */
  zone: TimeZoneChoice
  /** Relative times (`7d`) count back from here. */
  now: number
  /** Names a source that filters by id can still be asked for, when an entry on hand names them. */
  known: KnownValues
  /** The filters in force, whose chosen parties keep their names when the query names them by id. */
  current: AuditFilters
  /** The source's request → HTTP method map, once loaded (`method:`); absent: not (yet) known. */
  methodOf?: RequestMethodOf
}
