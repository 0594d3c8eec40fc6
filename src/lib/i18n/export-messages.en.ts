/**
 * The export dialog's words: a catalogue of its own, loaded with the dialog's chunk after the
 * first paint, so the first load does not carry them (decision 008).
 */
import { formatCount } from '@/lib/format/format-number'

import { pluralRules } from './plural'

const plural = pluralRules('en')

const entries = (count: number) => `${formatCount(count)} ${plural(count, { one: 'entry', other: 'entries' })}`

export const exportMessagesEn = {
  what: (total: number | undefined) =>
    `Every entry matching the current filters and time range${total === undefined ? '' : ` (${entries(total)})`}, in the list’s order, with secrets redacted as on screen. Times are in UTC (ISO 8601).`,
  cap: (cap: number) => `At most ${formatCount(cap)} entries are exported at a time.`,
  overCap: (total: number, cap: number) =>
    `This range holds ${formatCount(total)} entries: only the first ${formatCount(cap)} will be exported. Narrow the time range or filters to export the rest.`,
  byteOrderMark: 'Add a byte-order mark (for Excel)',
  progressLabel: 'Export progress',
  progress: (written: number, totalEntries: number | undefined, pages: number, totalPages: number | undefined) =>
    `${formatCount(written)}${totalEntries === undefined ? '' : ` of ${formatCount(totalEntries)}`} entries · ${formatCount(pages)}${totalPages === undefined ? '' : ` of ${formatCount(totalPages)}`} pages`,
  done: (count: number, fileName: string, capped: boolean) =>
    `Exported ${entries(count)} to ${fileName}.${capped ? ' The cap was reached.' : ''}`,
  cancelled: 'Export cancelled. Nothing was saved.',
  failed: (reason: string) => `The export failed: ${reason}`,
  cancel: 'Cancel export',
  tryAgain: 'Try again',
  /** The evidence manifest offered beside a finished export. */
  manifest: {
    download: 'Download evidence manifest',
    what: (fileName: string) => `${fileName}: source, filters, range, requests, counts and the file’s SHA-256.`,
    preparing: 'Computing the file’s SHA-256…',
    unavailable: 'No evidence manifest: SHA-256 needs HTTPS or localhost.',
    failed: 'The evidence manifest could not be made; the export itself is complete.',
  },
}

export type ExportMessages = typeof exportMessagesEn
