/**
 * Filters in the URL, readable by people:
 *   actorType=User,Device   targetType=Dashboard   subType=Device,Webhook
 *   actor=<id>:<name>       target=<id>:<name>     sub=<id>:<name>   (repeatable; name optional)
 *   request=device.delete,dashboard                status=4xx,3xx   code=404,409
 *   requestId=<uuid>  actorName=<name>  actorEmail=<email>  address=<address as logged>  (one each)
 * A value the source does not know is dropped and reported, never sent to the server.
 */
import { messages } from '@/lib/i18n'
import type { AuditFilters, Outcome, PartyRef, RequestRef, StatusClass } from '@/sources/audit-search'
import { EMPTY_FILTERS } from '@/sources/audit-search'
import type { FilterCapabilities } from '@/sources/audit-source'
import { filterValueCounts, type ValueListKey } from '@/sources/filter-value-limit'
import { filtersByStatus, statusClassesFit } from '@/sources/status-class-codes'

import { requestValue } from './facet-values'

type ListKey = 'actorTypes' | 'primaryTargetTypes' | 'secondaryTargetTypes'
type PartyKey = 'actors' | 'primaryTargets' | 'secondaryTargets'

export const LIST_PARAMS: Record<ListKey, string> = {
  actorTypes: 'actorType',
  primaryTargetTypes: 'targetType',
  secondaryTargetTypes: 'subType',
}
export const PARTY_PARAMS: Record<PartyKey, string> = {
  actors: 'actor',
  primaryTargets: 'target',
  secondaryTargets: 'sub',
}
const REQUEST_PARAM = 'request'
const STATUS_PARAM = 'status'
/** Single response codes, where the server filters by exact codes. */
const CODE_PARAM = 'code'
const RESPONSE_CODE = /^[1-5]\d\d$/
/** Filters only some sources have; each takes one value (BloodHound ANDs repeated conditions). */
const ACTION_PARAM = 'action'
const OUTCOME_PARAM = 'outcome'

type OneValueKey = 'requestIds' | 'actorNames' | 'actorEmails' | 'sourceAddresses'
/** Exact values, one each: the request id, and an actor's name or email or a source address as logged. */
const ONE_VALUE_PARAMS: Record<OneValueKey, string> = {
  requestIds: 'requestId',
  actorNames: 'actorName',
  actorEmails: 'actorEmail',
  sourceAddresses: 'address',
}
/** Longer values are not names, emails or addresses (an email is at most 254 characters). */
const MAX_EXACT_VALUE = 320

/** A value matched exactly: as logged, so not padded, not empty, no control characters. */
function isExactValue(value: string): boolean {
  if (value === '' || value.length > MAX_EXACT_VALUE || value.trim() !== value) return false
  return [...value].every((char) => char >= ' ' && char !== '\u007f')
}

/** Names longer than this are cut in the URL; the name is only a label, the id filters. */
const MAX_NAME_IN_URL = 80

export interface FilterParseContext {
  filters: FilterCapabilities
  isEntityId: (id: string) => boolean
}

function splitList(raw: string | null): string[] {
  if (raw === null) return []
  return [
    ...new Set(
      raw
        .split(',')
        .map((value) => value.trim())
        .filter(Boolean),
    ),
  ]
}

export function parseFilters(
  params: URLSearchParams,
  context: FilterParseContext,
  ignore: (what: string) => void,
): AuditFilters {
  const caps = context.filters
  const filters: AuditFilters = { ...EMPTY_FILTERS }

  for (const [key, name] of Object.entries(LIST_PARAMS) as [ListKey, string][]) {
    const allowed = caps[key]
    const values = splitList(params.get(name))
    filters[key] = values.filter((value) => {
      const ok = allowed?.includes(value) ?? false
      if (!ok) ignore(messages.list.ignoredParam(name, value))
      return ok
    })
  }

  for (const [key, name] of Object.entries(PARTY_PARAMS) as [PartyKey, string][]) {
    const refs: PartyRef[] = []
    for (const raw of params.getAll(name)) {
      const ref = parsePartyRef(raw)
      if (!caps[key] || !ref || !context.isEntityId(ref.id)) {
        ignore(messages.list.ignoredParam(name, raw.slice(0, 40)))
      } else if (!refs.some((existing) => existing.id === ref.id)) {
        refs.push(ref)
      }
    }
    filters[key] = refs
  }

  filters.requests = splitList(params.get(REQUEST_PARAM)).flatMap((value): RequestRef[] => {
    const [resource = '', action, ...rest] = value.split('.')
    const option = caps.requests?.find((candidate) => candidate.resource === resource)
    if (!option || rest.length > 0 || (action !== undefined && !option.actions.includes(action))) {
      ignore(messages.list.ignoredParam(REQUEST_PARAM, value))
      return []
    }
    return [action === undefined ? { resource } : { resource, action }]
  })

  const maxValues = caps.maxValuesPerList
  if (maxValues !== undefined) {
    cutToValueLimit(filters, maxValues, (name, value) =>
      ignore(messages.list.ignoredOverValueLimit(name, value, maxValues)),
    )
  }

  const statusClasses = splitList(params.get(STATUS_PARAM)).filter((value): value is StatusClass => {
    const ok = (caps.statusClasses as readonly string[] | undefined)?.includes(value) ?? false
    if (!ok) ignore(messages.list.ignoredParam(STATUS_PARAM, value))
    return ok
  })
  filters.statusClasses = fittingStatusClasses(statusClasses, caps, (value, kept) =>
    ignore(messages.list.ignoredStatusClass(STATUS_PARAM, value, kept)),
  )
  const codes = fittingStatusCodes(splitList(params.get(CODE_PARAM)), filters.statusClasses, caps, ignore)
  if (codes.length) filters.statusCodes = codes

  const action = splitList(params.get(ACTION_PARAM)).filter((value) => {
    const ok = caps.actions?.includes(value) ?? false
    if (!ok) ignore(messages.list.ignoredParam(ACTION_PARAM, value))
    return ok
  })
  if (action.length) filters.actions = action.slice(-1)
  const outcomes = splitList(params.get(OUTCOME_PARAM)).filter((value): value is Outcome => {
    const ok = (caps.outcomes as readonly string[] | undefined)?.includes(value) ?? false
    if (!ok) ignore(messages.list.ignoredParam(OUTCOME_PARAM, value))
    return ok
  })
  if (outcomes.length) filters.outcomes = outcomes
  for (const [key, name] of Object.entries(ONE_VALUE_PARAMS) as [OneValueKey, string][]) {
    const valid = key === 'requestIds' ? context.isEntityId : isExactValue
    const values = params.getAll(name).filter((value) => {
      const ok = Boolean(caps[key]) && valid(value)
      if (!ok) ignore(messages.list.ignoredParam(name, value.slice(0, 40)))
      return ok
    })
    // One at a time: the last one named wins.
    if (values.length) filters[key] = [{ id: values.at(-1)! }]
  }

  return filters
}

/**
 * The classes one request can ask for (decision 012): all of them when they fit, else the first
 * ones named, in the link's order, while they fit; each one left out is reported with the ones kept.
 * Every offered class is read as none: both mean every entry, and a chip holding all of them could
 * not untick one (any three name more codes than one request may).
 */
function fittingStatusClasses(
  classes: readonly StatusClass[],
  caps: FilterCapabilities,
  leftOut: (value: StatusClass, kept: readonly StatusClass[]) => void,
): StatusClass[] {
  const offered = caps.statusClasses ?? []
  if (!filtersByStatus(classes, offered)) return []
  if (statusClassesFit(classes, offered, caps.statusCodes)) return [...classes]
  const kept: StatusClass[] = []
  for (const value of classes) {
    if (statusClassesFit([...kept, value], offered, caps.statusCodes)) kept.push(value)
    else leftOut(value, kept)
  }
  return kept
}

/**
 * Single codes, where the server filters by exact codes: the first ones named while one request
 * can still ask for them along with the classes kept; the rest are reported.
 */
function fittingStatusCodes(
  values: readonly string[],
  classes: readonly StatusClass[],
  caps: FilterCapabilities,
  ignore: (what: string) => void,
): number[] {
  const kept: number[] = []
  for (const value of values) {
    if (!caps.statusCodes || !RESPONSE_CODE.test(value)) ignore(messages.list.ignoredParam(CODE_PARAM, value))
    else if (statusClassesFit(classes, caps.statusClasses ?? [], caps.statusCodes, [...kept, Number(value)])) {
      kept.push(Number(value))
    } else ignore(messages.list.ignoredStatusClass(CODE_PARAM, value, [...classes, ...kept.map(String)]))
  }
  return kept
}

/** Each key's types and chosen parties, and the list of the server's filter they make together. */
const PAIRED_KEYS = [
  ['actorTypes', 'actors', 'actor'],
  ['primaryTargetTypes', 'primaryTargets', 'primaryTarget'],
  ['secondaryTargetTypes', 'secondaryTargets', 'secondaryTarget'],
] as const satisfies readonly (readonly [ListKey, PartyKey, ValueListKey])[]

/**
 * A link's filters cut to the server's limit on each list (FilterCapabilities.maxValuesPerList),
 * the values named last going first: on a key with types and chosen parties (sent as every pair),
 * the parties while more than one is left, then the types; each value left out is reported.
 */
function cutToValueLimit(filters: AuditFilters, max: number, leftOut: (name: string, value: string) => void): void {
  for (const [typeKey, partyKey, listKey] of PAIRED_KEYS) {
    const dropped: [string, string][] = []
    while (filterValueCounts(filters)[listKey] > max) {
      if (filters[partyKey].length > 1 || filters[typeKey].length === 0) {
        dropped.push([PARTY_PARAMS[partyKey], filters[partyKey].at(-1)!.id])
        filters[partyKey] = filters[partyKey].slice(0, -1)
      } else {
        dropped.push([LIST_PARAMS[typeKey], filters[typeKey].at(-1)!])
        filters[typeKey] = filters[typeKey].slice(0, -1)
      }
    }
    // Reported in the link's order.
    for (const [name, value] of dropped.reverse()) leftOut(name, value)
  }
  for (const request of filters.requests.slice(max)) leftOut(REQUEST_PARAM, requestValue(request))
  filters.requests = filters.requests.slice(0, max)
}

function parsePartyRef(raw: string): PartyRef | undefined {
  const colon = raw.indexOf(':')
  const id = (colon === -1 ? raw : raw.slice(0, colon)).trim()
  const name = colon === -1 ? '' : raw.slice(colon + 1).trim()
  if (!id) return undefined
  return name ? { id, name } : { id }
}

export function serializeFilters(filters: AuditFilters, params: URLSearchParams): void {
  for (const [key, name] of Object.entries(LIST_PARAMS) as [ListKey, string][]) {
    if (filters[key].length) params.set(name, filters[key].join(','))
  }
  for (const [key, name] of Object.entries(PARTY_PARAMS) as [PartyKey, string][]) {
    for (const { id, name: label } of filters[key]) {
      params.append(name, label ? `${id}:${label.slice(0, MAX_NAME_IN_URL)}` : id)
    }
  }
  if (filters.requests.length) {
    params.set(
      REQUEST_PARAM,
      filters.requests.map(({ resource, action }) => (action ? `${resource}.${action}` : resource)).join(','),
    )
  }
  if (filters.statusClasses.length) params.set(STATUS_PARAM, filters.statusClasses.join(','))
  if (filters.statusCodes?.length) params.set(CODE_PARAM, filters.statusCodes.join(','))
  if (filters.actions?.length) params.set(ACTION_PARAM, filters.actions.join(','))
  if (filters.outcomes?.length) params.set(OUTCOME_PARAM, filters.outcomes.join(','))
  for (const [key, name] of Object.entries(ONE_VALUE_PARAMS) as [OneValueKey, string][]) {
    for (const { id } of filters[key] ?? []) params.append(name, id)
  }
}
