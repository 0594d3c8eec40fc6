/**
 * Which response codes of the chosen status classes occur among a search's matches, asked of the
 * server itself (decision 012). Losant's filter takes exact codes, at most 20 per request, and a
 * class holds 100: sending the codes that occur is exact where a fixed short list is not.
 *
 * One probe asks for the lowest code of a set that any match carries (sorted by status, one entry
 * per page); the codes above it are then asked about in two halves, side by side. Each probe
 * either finds a code or empties a set, so a class costs about one request per code it holds.
 */
import { ResponseFormatError } from '@/lib/http/http-errors'
import { messages } from '@/lib/i18n'
import type { AuditSearch } from '@/sources/audit-search'

import { LOSANT_MAX_FILTER_CODES, LOSANT_STATUS_CLASSES, statusClassCodes } from './losant-list-request'

/** Fetches one probe: the list endpoint's JSON for `search` filtered to exactly `codes`. */
export type LosantCodeProbe = (search: AuditSearch, codes: readonly number[]) => Promise<unknown>

/** More distinct codes occur than one request can name: no single request is exact. */
export class TooManyStatusCodesError extends Error {
  override readonly name = 'TooManyStatusCodesError'
  constructor(readonly codes: readonly number[]) {
    super(messages.sources.losant.tooManyStatusCodes(codes.length, LOSANT_MAX_FILTER_CODES))
  }
}

function lowestStatus(json: unknown): number | undefined {
  const items = (json as { items?: unknown } | null)?.items
  if (!Array.isArray(items)) throw new ResponseFormatError(messages.sources.losant.unreadableProbe)
  if (items.length === 0) return undefined
  const status = (items[0] as { responseStatus?: unknown } | null)?.responseStatus
  if (typeof status !== 'number') throw new ResponseFormatError(messages.sources.losant.unreadableProbe)
  return status
}

/**
 * The codes of `search`'s status classes that occur among its matches (same range and other
 * filters), ascending. Empty when none does.
 */
export async function occurringStatusCodes(search: AuditSearch, probe: LosantCodeProbe): Promise<number[]> {
  const probeSearch: AuditSearch = { ...search, sort: { field: 'status', direction: 'asc' }, page: 0, pageSize: 1 }
  async function within(codes: readonly number[]): Promise<number[]> {
    if (codes.length === 0) return []
    const lowest = lowestStatus(await probe(probeSearch, codes))
    if (lowest === undefined) return []
    const above = codes.filter((code) => code > lowest)
    const half = Math.ceil(above.length / 2)
    const [low, high] = await Promise.all([within(above.slice(0, half)), within(above.slice(half))])
    return [lowest, ...low, ...high]
  }
  const wanted = LOSANT_STATUS_CLASSES.filter((c) => search.filters.statusClasses.includes(c)).flatMap(statusClassCodes)
  const windows: number[][] = []
  for (let i = 0; i < wanted.length; i += LOSANT_MAX_FILTER_CODES) {
    windows.push(wanted.slice(i, i + LOSANT_MAX_FILTER_CODES))
  }
  return (await Promise.all(windows.map(within))).flat()
}

/**
 * The `responseCode` list for a search: the codes that occur, or, when none does, one code of the
 * classes that the probe found absent (an empty list would filter nothing at all).
 */
export async function responseCodesFor(search: AuditSearch, probe: LosantCodeProbe): Promise<number[]> {
  const codes = await occurringStatusCodes(search, probe)
  if (codes.length > LOSANT_MAX_FILTER_CODES) throw new TooManyStatusCodesError(codes)
  if (codes.length > 0) return codes
  const first = LOSANT_STATUS_CLASSES.find((c) => search.filters.statusClasses.includes(c))!
  return [statusClassCodes(first)[0]!]
}
