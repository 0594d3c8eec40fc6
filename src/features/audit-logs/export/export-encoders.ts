/**
 * CSV (RFC 4180 quoting by papaparse) and NDJSON, encoded a page at a time so a large export is
 * written as many small parts, never one huge string.
 */
import Papa from 'papaparse'

import type { AuditEvent } from '@/sources/audit-event'

import { EXPORT_COLUMNS } from './export-columns'

export type ExportFormat = 'csv' | 'ndjson'

/**
 * Cells a spreadsheet would run as a formula start with = + - @, a tab or a carriage return;
 * they get a leading apostrophe. (papaparse's own pattern misses multi-line cells.)
 */
const FORMULA_START = /^[=+\-@\t\r]/

const BOM = '\uFEFF'

export interface Encoder {
  mimeType: string
  extension: string
  header(): string
  rows(events: readonly AuditEvent[]): string
}

export function csvEncoder({ bom }: { bom: boolean }): Encoder {
  const options = { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false } as const
  return {
    mimeType: 'text/csv;charset=utf-8',
    extension: 'csv',
    header: () => `${bom ? BOM : ''}${Papa.unparse([EXPORT_COLUMNS.map((c) => c.header)], options)}\r\n`,
    rows: (events) =>
      events.length === 0
        ? ''
        : `${Papa.unparse(
            events.map((event) => EXPORT_COLUMNS.map((column) => column.value(event) ?? '')),
            options,
          )}\r\n`,
  }
}

export const ndjsonEncoder: Encoder = {
  mimeType: 'application/x-ndjson',
  extension: 'ndjson',
  header: () => '',
  // RedactedValue serialises to its placeholder, so no secret can be written.
  rows: (events) => events.map((event) => `${JSON.stringify(event)}\n`).join(''),
}

export function encoderFor(format: ExportFormat, options: { bom: boolean }): Encoder {
  return format === 'csv' ? csvEncoder(options) : ndjsonEncoder
}
