/**
 * The time range in the URL: `range=7d` for a preset, or `from`/`to` as `YYYY-MM-DD` or
 * `YYYY-MM-DDTHH:mm`, read in the zone the page shows (`tz=utc`, else the browser's zone).
 * The end is inclusive: a date means the end of that day, a time the end of that minute.
 */
import type { TimeZoneChoice } from '@/lib/format/format-time'
import { messages } from '@/lib/i18n'
import type { RangePreset, TimeRange } from '@/sources/audit-search'
import { RANGE_PRESETS } from '@/sources/audit-search'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

export const PRESET_DURATIONS: Record<RangePreset, number> = {
  '1h': HOUR,
  '24h': DAY,
  '7d': 7 * DAY,
  '30d': 30 * DAY,
  '90d': 90 * DAY,
  '1y': 365 * DAY,
}

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/

/**
 * Presets resolve against the current minute, so reading the same URL twice in a minute gives
 * the same bounds (and the same cached query).
 */
export function resolvePreset(preset: RangePreset, now: number): TimeRange {
  const minute = Math.floor(now / MINUTE) * MINUTE
  return { preset, start: minute - PRESET_DURATIONS[preset] }
}

/** Parses `YYYY-MM-DD[THH:mm]` in a zone; `edge` picks the first or last millisecond it names. */
export function parseLocalDateTime(text: string, zone: TimeZoneChoice, edge: 'start' | 'end'): number | undefined {
  const match = LOCAL_PATTERN.exec(text.trim())
  if (!match) return undefined
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number?, number?]
  const hasTime = match[4] !== undefined
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || (hasTime && (h! > 23 || mi! > 59))) return undefined
  const parts = [y, mo - 1, d, hasTime ? h! : 0, hasTime ? mi! : 0] as const
  const first = zone === 'utc' ? Date.UTC(...parts) : new Date(...parts).getTime()
  // Reject dates that rolled over (Feb 30 → Mar 2).
  const check = new Date(first)
  const day = zone === 'utc' ? check.getUTCDate() : check.getDate()
  if (day !== d) return undefined
  if (edge === 'start') return first
  return first + (hasTime ? MINUTE : DAY) - 1
}

interface Fields {
  y: number
  mo: number
  d: number
  h: number
  mi: number
}

function fieldsOf(ms: number, zone: TimeZoneChoice): Fields {
  const date = new Date(ms)
  return zone === 'utc'
    ? {
        y: date.getUTCFullYear(),
        mo: date.getUTCMonth() + 1,
        d: date.getUTCDate(),
        h: date.getUTCHours(),
        mi: date.getUTCMinutes(),
      }
    : { y: date.getFullYear(), mo: date.getMonth() + 1, d: date.getDate(), h: date.getHours(), mi: date.getMinutes() }
}

/**
 * The inverse of parseLocalDateTime. A start names the minute it opens; an inclusive end names
 * the minute (or day) whose last millisecond it is; whole days are written as a date alone.
 */
export function formatLocalDateTime(ms: number, zone: TimeZoneChoice, edge: 'start' | 'end'): string {
  const boundary = fieldsOf(edge === 'end' ? ms + 1 : ms, zone)
  const named = fieldsOf(ms, zone)
  const pad = (n: number) => String(n).padStart(2, '0')
  const date = `${named.y}-${pad(named.mo)}-${pad(named.d)}`
  return boundary.h === 0 && boundary.mi === 0 ? date : `${date}T${pad(named.h)}:${pad(named.mi)}`
}

export function parseRange(
  params: URLSearchParams,
  zone: TimeZoneChoice,
  now: number,
  ignore: (what: string) => void,
): TimeRange {
  const preset = params.get('range')
  if (preset !== null) {
    if ((RANGE_PRESETS as readonly string[]).includes(preset)) return resolvePreset(preset as RangePreset, now)
    ignore(messages.list.ignoredParam('range', preset))
  }
  const fromText = params.get('from')
  const toText = params.get('to')
  const start = fromText === null ? undefined : parseLocalDateTime(fromText, zone, 'start')
  const end = toText === null ? undefined : parseLocalDateTime(toText, zone, 'end')
  if (fromText !== null && start === undefined) ignore(messages.list.ignoredParam('from', fromText))
  if (toText !== null && end === undefined) ignore(messages.list.ignoredParam('to', toText))
  if (start !== undefined && end !== undefined && start > end) {
    ignore(messages.list.ignoredReversedRange)
    return {}
  }
  return { ...(start !== undefined && { start }), ...(end !== undefined && { end }) }
}

export function serializeRange(range: TimeRange, zone: TimeZoneChoice, params: URLSearchParams): void {
  if (range.preset) {
    params.set('range', range.preset)
    return
  }
  if (range.start !== undefined) params.set('from', formatLocalDateTime(range.start, zone, 'start'))
  if (range.end !== undefined) params.set('to', formatLocalDateTime(range.end, zone, 'end'))
}
