/**
 * ISO 8601 / RFC 3339 instants as vendors write them, to epoch milliseconds. `Date.parse` only
 * promises to read the exact `YYYY-MM-DDTHH:mm:ss.sssZ` format; UiPath writes seven fraction
 * digits and an offset (`2021-10-14T13:10:15.1964174+00:00`), BloodHound microseconds. The
 * fraction is truncated to whole milliseconds, so an instant never moves into the next one.
 */
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$/

/** Epoch milliseconds, or NaN when the text is not an instant. A missing offset reads as UTC. */
export function parseInstant(text: string): number {
  const match = INSTANT.exec(text.trim())
  if (!match) return Number.NaN
  const [, year, month, day, hour, minute, second, fraction = '', , sign, offsetHours, offsetMinutes] = match
  const [y, mo, d, h, mi, s] = [year, month, day, hour, minute, second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return Number.NaN
  const ms = Number(fraction.slice(0, 3).padEnd(3, '0'))
  const utc = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms)
  // Date.UTC rolls 31 February into March; a real instant round-trips its day.
  if (new Date(utc).getUTCDate() !== d) return Number.NaN
  const offset = sign ? (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes)) * 60_000 : 0
  return utc - offset
}
