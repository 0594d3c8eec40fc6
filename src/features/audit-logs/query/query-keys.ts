/**
 * The query language's keys, as data: which filter each one fills, whether a source serves it,
 * how a value is read into the filters and how the filters are written back. Reading and writing
 * live side by side so that what the box prints always reads back to the same search.
 */
import { requestValue } from '@/features/audit-logs/search/facet-values'
import { queryMessages } from '@/lib/i18n/query-messages'
import type { AuditFilters, Outcome, PartyRef, RequestRef, StatusClass } from '@/sources/audit-search'
import type { RequestOption } from '@/sources/audit-source'

import type { QueryContext } from './query-context'

const errors = queryMessages.errors

export type QueryKey =
  | 'actor'
  | 'actor-type'
  | 'target'
  | 'target-type'
  | 'sub-resource'
  | 'sub-resource-type'
  | 'request'
  | 'method'
  | 'status'
  | 'email'
  | 'action'
  | 'ip'
  | 'request-id'
  | 'after'
  | 'before'

/** A value a key may take, for suggestions: what is typed, what is shown, how many loaded entries have it. */
export interface KeyValue {
  value: string
  label: string
  count?: number
  /** Said beside it instead of a count. */
  detail?: string
}

export interface KeySpec {
  key: QueryKey
  served: (source: QueryContext['source']) => boolean
  /** Adds one value to the filters; returns why it cannot. Time keys are read by the parser. */
  read?: (value: string, filters: AuditFilters, context: QueryContext) => string | undefined
  /** The values the filters hold for this key, in order. */
  write?: (filters: AuditFilters) => string[]
  /** What the key can take on this source, for suggestions. */
  values?: (context: QueryContext) => KeyValue[]
}

type TypeListKey = 'actorTypes' | 'primaryTargetTypes' | 'secondaryTargetTypes'
type IdPartyKey = 'actors' | 'primaryTargets' | 'secondaryTargets'
type OneValueKey = 'requestIds' | 'actorEmails' | 'sourceAddresses'

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0

/** A type matched by its value or its label, whatever the case: `user`, `Org Invite`. */
function typeKey(key: QueryKey, listKey: TypeListKey): KeySpec {
  return {
    key,
    served: ({ capabilities: caps }) => Boolean(caps.filters[listKey]),
    read: (value, filters, { source }) => {
      const { filters: caps } = source.capabilities
      const match = caps[listKey]?.find((type) => same(type, value) || same(caps.typeLabels?.[type] ?? type, value))
      if (!match) return errors.noSuchValue(key, value, source.label)
      if (!filters[listKey].includes(match)) filters[listKey] = [...filters[listKey], match]
      return undefined
    },
    write: (filters) => filters[listKey],
    values: ({ source, known }) => {
      const caps = source.capabilities.filters
      return (caps[listKey] ?? []).map((type) => ({
        value: type,
        label: caps.typeLabels?.[type] ?? type,
        count: known.counts[key]?.get(type),
      }))
    },
  }
}

const KNOWN_KEY: Record<IdPartyKey, 'actors' | 'primaryTargets' | 'secondaryTargets'> = {
  actors: 'actors',
  primaryTargets: 'primaryTargets',
  secondaryTargets: 'secondaryTargets',
}

/**
 * An actor or target by id, or by a name an entry on hand gives with its id (the server filters
 * by id). Where the server also matches actors by name (`actorNames`), a name goes there as typed.
 */
function partyKey(key: QueryKey, partyKey: IdPartyKey, noun: string): KeySpec {
  return {
    key,
    served: ({ capabilities: caps }) =>
      Boolean(caps.filters[partyKey]) || (partyKey === 'actors' && Boolean(caps.filters.actorNames)),
    read: (value, filters, context) => {
      const { source, current, known } = context
      const caps = source.capabilities.filters
      let party: PartyRef | undefined
      if (caps[partyKey] && source.isEntityId(value)) {
        const name = current[partyKey].find((chosen) => chosen.id === value)?.name
        party = name ? { id: value, name } : { id: value }
      } else if (partyKey === 'actors' && caps.actorNames) {
        if (filters.actorNames?.length) return errors.oneAtATime(key, source.label)
        filters.actorNames = [{ id: value }]
        return undefined
      } else {
        const named = known[KNOWN_KEY[partyKey]].filter((seen) => seen.name !== undefined && same(seen.name, value))
        const ids = new Set(named.map((seen) => seen.id))
        if (ids.size > 1) return errors.ambiguousName(noun, value, ids.size)
        if (ids.size === 0) return errors.notAnId(noun, value, source.label)
        party = { id: named[0]!.id, name: named[0]!.name }
      }
      if (filters[partyKey].some((chosen) => chosen.id === party.id)) return undefined
      if (partyKey === 'actors' && caps.maxActors !== undefined && filters.actors.length >= caps.maxActors) {
        return errors.oneAtATime(key, source.label)
      }
      filters[partyKey] = [...filters[partyKey], party]
      return undefined
    },
    write: (filters) => [
      ...filters[partyKey].map((party) => party.id),
      ...(partyKey === 'actors' ? (filters.actorNames ?? []).map((party) => party.id) : []),
    ],
    values: ({ known }) =>
      known[KNOWN_KEY[partyKey]]
        .filter((seen) => seen.name)
        .map((seen) => ({ value: seen.name!, label: `${seen.name} · ${seen.id}`, count: seen.count })),
  }
}

/** A filter the server takes one value of at a time, matched exactly as logged. */
function exactKey(
  key: QueryKey,
  filterKey: OneValueKey,
  accept?: (value: string, context: QueryContext) => boolean,
): KeySpec {
  return {
    key,
    served: ({ capabilities: caps }) => Boolean(caps.filters[filterKey]),
    read: (value, filters, context) => {
      if (filters[filterKey]?.length) return errors.oneAtATime(key, context.source.label)
      if (accept && !accept(value, context)) return errors.noSuchValue(key, value, context.source.label)
      filters[filterKey] = [{ id: value }]
      return undefined
    },
    write: (filters) => (filters[filterKey] ?? []).map((party) => party.id),
  }
}

const statusKey: KeySpec = {
  key: 'status',
  served: ({ capabilities: caps }) => Boolean(caps.filters.statusClasses ?? caps.filters.outcomes),
  read: (value, filters, { source }) => {
    const caps = source.capabilities.filters
    const lower = value.toLowerCase()
    if (caps.statusClasses?.includes(lower as StatusClass)) {
      if (!filters.statusClasses.includes(lower as StatusClass)) {
        filters.statusClasses = [...filters.statusClasses, lower as StatusClass]
      }
      return undefined
    }
    if (caps.outcomes?.includes(lower as Outcome)) {
      if (!filters.outcomes?.includes(lower as Outcome))
        filters.outcomes = [...(filters.outcomes ?? []), lower as Outcome]
      return undefined
    }
    if (/^[1-5]\d\d$/.test(value) && caps.statusCodes) {
      const code = Number(value)
      if (!filters.statusCodes?.includes(code)) filters.statusCodes = [...(filters.statusCodes ?? []), code]
      return undefined
    }
    if (/^[1-5]\d\d$/.test(value) && caps.statusClasses) return errors.statusCodeNotServed(source.label)
    return errors.noSuchValue('status', value, source.label)
  },
  write: (filters) => [
    ...filters.statusClasses,
    ...(filters.statusCodes ?? []).map(String),
    ...(filters.outcomes ?? []),
  ],
  values: ({ source, known }) => {
    const caps = source.capabilities.filters
    return [...(caps.statusClasses ?? []), ...(caps.outcomes ?? [])].map((value) => ({
      value,
      label: value,
      count: known.counts.status?.get(value),
    }))
  },
}

const requestKey: KeySpec = {
  key: 'request',
  served: ({ capabilities: caps }) => Boolean(caps.filters.requests),
  read: (value, filters, { source }) => {
    const [resource = '', action, ...rest] = value.split('.')
    const option = source.capabilities.filters.requests?.find((candidate) => same(candidate.resource, resource))
    const matchedAction =
      action === undefined ? undefined : option?.actions.find((candidate) => same(candidate, action))
    if (!option || rest.length > 0 || (action !== undefined && !matchedAction)) {
      return errors.noSuchValue('request', value, source.label)
    }
    const ref = matchedAction ? { resource: option.resource, action: matchedAction } : { resource: option.resource }
    if (!filters.requests.some((chosen) => requestValue(chosen) === requestValue(ref))) {
      filters.requests = [...filters.requests, ref]
    }
    return undefined
  },
  write: (filters) => filters.requests.map(requestValue),
  values: ({ source, known }) => {
    const counts = known.counts.request
    return (source.capabilities.filters.requests ?? []).flatMap(({ resource, actions }) =>
      [resource, ...actions.map((action) => `${resource}.${action}`)].map((value) => ({
        value,
        label: value,
        count: counts?.get(value),
      })),
    )
  },
}

const HTTP_METHOD = /^[a-z]+$/i

/**
 * Requests by HTTP method, optionally narrowed by a piece of the path (`DELETE /devices`): read
 * into the request filter through the vendor's own method map, so the URL and the chips hold the
 * requests it stands for.
 */
const methodKey: KeySpec = {
  key: 'method',
  served: (source) => Boolean(source.capabilities.filters.requests && source.loadRequestMethods),
  read: (value, filters, { source, methodOf }) => {
    if (!methodOf) return errors.methodsLoading
    const [verb = '', ...pathWords] = value.trim().split(/\s+/)
    const path = pathWords.join(' ').toLowerCase()
    if (!HTTP_METHOD.test(verb)) return errors.noSuchValue('method', value, source.label)
    const withVerb = requestRefs(source.capabilities.filters.requests ?? []).flatMap((ref) => {
      const found = methodOf(ref)
      return found && same(found.method, verb) ? [{ ref, path: found.path.toLowerCase() }] : []
    })
    // A whole path names its own requests; a piece of one, every path it is in.
    const exact = withVerb.filter((candidate) => candidate.path === path)
    const refs = (exact.length ? exact : withVerb.filter((candidate) => candidate.path.includes(path))).map(
      (candidate) => candidate.ref,
    )
    if (refs.length === 0) return errors.noSuchValue('method', value, source.label)
    const max = source.capabilities.filters.maxValuesPerList
    if (max !== undefined && refs.length > max) return errors.methodTooBroad(value, refs.length, max)
    const chosen = new Set(filters.requests.map(requestValue))
    filters.requests = [...filters.requests, ...refs.filter((ref) => !chosen.has(requestValue(ref)))]
    return undefined
  },
  values: ({ source, methodOf }) => {
    if (!methodOf) return []
    const counts = new Map<string, number>()
    for (const ref of requestRefs(source.capabilities.filters.requests ?? [])) {
      const method = methodOf(ref)?.method
      if (method) counts.set(method, (counts.get(method) ?? 0) + 1)
    }
    return [...counts].map(([method, count]) => ({
      value: method,
      label: method,
      detail: queryMessages.methodRequests(count),
    }))
  },
}

function requestRefs(options: readonly RequestOption[]): RequestRef[] {
  return options.flatMap(({ resource, actions }) => actions.map((action) => ({ resource, action })))
}

const actionKey: KeySpec = {
  key: 'action',
  served: ({ capabilities: caps }) => Boolean(caps.filters.actions),
  read: (value, filters, { source }) => {
    const match = source.capabilities.filters.actions?.find((action) => same(action, value))
    if (!match) return errors.noSuchValue('action', value, source.label)
    if (filters.actions?.length && filters.actions[0] !== match) return errors.oneAtATime('action', source.label)
    filters.actions = [match]
    return undefined
  },
  write: (filters) => filters.actions ?? [],
  values: ({ source, known }) =>
    (source.capabilities.filters.actions ?? []).map((value) => ({
      value,
      label: value,
      count: known.counts.action?.get(value),
    })),
}

const timeKey = (key: 'after' | 'before'): KeySpec => ({ key, served: ({ capabilities: caps }) => caps.timeRange })

/** Every key, in the order the box writes them. */
export const QUERY_KEYS: readonly KeySpec[] = [
  partyKey('actor', 'actors', 'actor'),
  typeKey('actor-type', 'actorTypes'),
  partyKey('target', 'primaryTargets', 'target'),
  typeKey('target-type', 'primaryTargetTypes'),
  partyKey('sub-resource', 'secondaryTargets', 'sub-resource'),
  typeKey('sub-resource-type', 'secondaryTargetTypes'),
  requestKey,
  methodKey,
  statusKey,
  exactKey('email', 'actorEmails'),
  actionKey,
  exactKey('ip', 'sourceAddresses'),
  exactKey('request-id', 'requestIds', (value, { source }) => source.isEntityId(value)),
  timeKey('after'),
  timeKey('before'),
]

export function keySpec(key: string): KeySpec | undefined {
  return QUERY_KEYS.find((spec) => spec.key === key)
}

/** The keys this source serves, in order. */
export function servedKeys(source: QueryContext['source']): KeySpec[] {
  return QUERY_KEYS.filter((spec) => spec.served(source))
}
