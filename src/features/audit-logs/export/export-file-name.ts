import type { TimeRange } from '@/sources/audit-search'

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const stamp = (ms: number) => `${new Date(ms).toISOString().slice(0, 16).replace(':', '')}Z`

/** `audit-logs_<org>_<from>_to_<to>_exported-<when>.<ext>`: says what, which range, and when. */
export function exportFileName(org: string, range: TimeRange, now: number, extension: string): string {
  const from = range.start === undefined ? 'beginning' : day(range.start)
  const to = range.end === undefined ? day(now) : day(range.end)
  const safeOrg = (org || 'log').replace(/[^A-Za-z0-9_-]/g, '').slice(0, 40) || 'log'
  return `audit-logs_${safeOrg}_${from}_to_${to}_exported-${stamp(now)}.${extension}`
}
