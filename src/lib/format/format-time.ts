/** Date and time formatting through Intl, in the browser's locale. Formatters are cached. */
import { messages } from '@/lib/i18n'

export type TimeZoneChoice = 'local' | 'utc'

const formatters = new Map<TimeZoneChoice, Intl.DateTimeFormat>()

function dateTimeFormat(zone: TimeZoneChoice): Intl.DateTimeFormat {
  let format = formatters.get(zone)
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, {
      year: 'numeric',
      month: 'short',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZone: zone === 'utc' ? 'UTC' : undefined,
      timeZoneName: zone === 'utc' ? 'short' : undefined,
    })
    formatters.set(zone, format)
  }
  return format
}

export function formatDateTime(ms: number, zone: TimeZoneChoice = 'local'): string {
  return Number.isFinite(ms) ? dateTimeFormat(zone).format(ms) : messages.common.unknownTime
}

// Made on first use, like every formatter here (format-number.ts says why).
let relativeFormat: Intl.RelativeTimeFormat | undefined
const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
  ['second', 1000],
]

/** "3 hours ago", "yesterday". */
export function formatRelativeTime(ms: number, now = Date.now()): string {
  if (!Number.isFinite(ms)) return ''
  const diff = ms - now
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(diff) >= size || unit === 'second') {
      relativeFormat ??= new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' })
      return relativeFormat.format(Math.round(diff / size), unit)
    }
  }
  return ''
}
