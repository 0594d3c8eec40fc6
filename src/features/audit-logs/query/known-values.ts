/**
 * What the entries on hand say, for the box's suggestions and for names typed where the server
 * filters by id: read from the list pages already cached, never fetched for the purpose.
 */
import type { QueryClient } from '@tanstack/react-query'

import { auditLogKeys } from '@/features/audit-logs/api/audit-log-keys'
import { requestValue } from '@/features/audit-logs/search/facet-values'
import type { AuditEvent, AuditPage, AuditParty } from '@/sources/audit-event'
import type { SourceClient } from '@/sources/source-client'

import type { KnownParty, KnownValues } from './query-context'

function tally(counts: Map<string, Map<string, number>>, key: string, value: string | undefined) {
  if (!value) return
  let values = counts.get(key)
  if (!values) counts.set(key, (values = new Map()))
  values.set(value, (values.get(value) ?? 0) + 1)
}

function statusClass(status: number | undefined): string | undefined {
  return status !== undefined && status >= 200 && status < 600 ? `${Math.floor(status / 100)}xx` : undefined
}

export function knownValues(events: Iterable<AuditEvent>): KnownValues {
  const parties = {
    actors: new Map<string, KnownParty>(),
    primaryTargets: new Map<string, KnownParty>(),
    secondaryTargets: new Map<string, KnownParty>(),
  }
  const counts = new Map<string, Map<string, number>>()
  const seenIds = new Set<string>()
  const addParty = (into: Map<string, KnownParty>, party: AuditParty | undefined) => {
    if (!party?.id) return
    const known = into.get(party.id)
    if (known) known.count += 1
    else into.set(party.id, { id: party.id, ...(party.name && { name: party.name }), count: 1 })
  }
  for (const event of events) {
    // A page and its neighbour fetched at different times can hold the same entry.
    if (seenIds.has(event.id)) continue
    seenIds.add(event.id)
    addParty(parties.actors, event.actor)
    addParty(parties.primaryTargets, event.primaryTarget)
    addParty(parties.secondaryTargets, event.secondaryTarget)
    tally(counts, 'actor-type', event.actor.type)
    tally(counts, 'target-type', event.primaryTarget?.type)
    tally(counts, 'sub-resource-type', event.secondaryTarget?.type)
    if (event.request.resource) {
      tally(counts, 'request', event.request.resource)
      if (event.request.action)
        tally(counts, 'request', requestValue({ resource: event.request.resource, action: event.request.action }))
    }
    tally(counts, 'status', statusClass(event.response.status))
    if (event.outcome === 'success' || event.outcome === 'failure') tally(counts, 'status', event.outcome)
    tally(counts, 'action', event.operation?.name)
  }
  const byCount = (map: Map<string, KnownParty>) => [...map.values()].sort((a, b) => b.count - a.count)
  return {
    actors: byCount(parties.actors),
    primaryTargets: byCount(parties.primaryTargets),
    secondaryTargets: byCount(parties.secondaryTargets),
    counts: Object.fromEntries(counts),
  }
}

/** The entries of every list page this source's cache holds. */
export function cachedEntries(queryClient: QueryClient, client: SourceClient): AuditEvent[] {
  return queryClient
    .getQueriesData<AuditPage>({ queryKey: auditLogKeys.lists(client.scope) })
    .flatMap(([, page]) => page?.events ?? [])
}
