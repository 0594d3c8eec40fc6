import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'

import { redactJson } from '@/lib/redaction'
import type { AuditEvent } from '@/sources/audit-event'

import { EXPORT_COLUMNS } from './export-columns'
import { csvEncoder, ndjsonEncoder } from './export-encoders'
import { exportFileName } from './export-file-name'

function event(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: 'aaaaaaaaaaaaaaaaaaaaaaaa',
    time: '2026-11-01T10:00:00.000Z',
    timeMs: Date.parse('2026-11-01T10:00:00.000Z'),
    actor: { type: 'User', id: 'bbbbbbbbbbbbbbbbbbbbbbbb', name: 'Ada' },
    request: { resource: 'device', action: 'delete', method: 'DELETE', path: '/applications/x/devices/y' },
    response: { status: 200 },
    redactionCount: 0,
    ...overrides,
  }
}

const parse = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data

describe('CSV export', () => {
  it('writes a header row and one row per entry, in a stable column order', () => {
    const encoder = csvEncoder({ bom: false })
    const rows = parse(encoder.header() + encoder.rows([event(), event({ id: 'c'.repeat(24) })]))
    expect(rows[0]).toEqual(EXPORT_COLUMNS.map((c) => c.header))
    expect(rows).toHaveLength(3)
    expect(rows[1]![1]).toBe('2026-11-01T10:00:00.000Z')
  })

  it('quotes commas, quotes and line breaks so any value round-trips (RFC 4180)', () => {
    const encoder = csvEncoder({ bom: false })
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }).filter((s) => !/^[=+\-@\t\r]/.test(s)),
        (name) => {
          const rows = parse(encoder.header() + encoder.rows([event({ actor: { name } })]))
          expect(rows[1]![EXPORT_COLUMNS.findIndex((c) => c.header === 'actor_name')]).toBe(name)
        },
      ),
    )
  })

  it('neutralises cells a spreadsheet would run as a formula, multi-line ones included', () => {
    const encoder = csvEncoder({ bom: false })
    for (const name of ['=HYPERLINK("http://x")', '+1', '-1+2', '@SUM(A1)', '\tx', '\rx', '=1\n2']) {
      const rows = parse(encoder.header() + encoder.rows([event({ actor: { name } })]))
      expect(rows[1]![EXPORT_COLUMNS.findIndex((c) => c.header === 'actor_name')]).toBe(`'${name}`)
    }
  })

  it('keeps unicode intact and adds a BOM only when asked', () => {
    const name = 'Zoë 🚀 ‮ 日本'
    expect(csvEncoder({ bom: true }).header().startsWith('\uFEFF')).toBe(true)
    expect(csvEncoder({ bom: false }).header().startsWith('\uFEFF')).toBe(false)
    const encoder = csvEncoder({ bom: true })
    expect(parse(encoder.header() + encoder.rows([event({ actor: { name } })]))[1]).toContain(name)
  })

  it('writes bodies as JSON text in which redacted values stay redacted', () => {
    const { value } = redactJson({ password: 'hunter2', note: 'ok' })
    const encoder = csvEncoder({ bom: false })
    const text = encoder.header() + encoder.rows([event({ request: { body: value } })])
    expect(text).not.toContain('hunter2')
    const cell = parse(text)[1]![EXPORT_COLUMNS.findIndex((c) => c.header === 'request_body')]!
    expect(JSON.parse(cell)).toEqual({ password: '[REDACTED: password]', note: 'ok' })
  })
})

describe('NDJSON export', () => {
  it('writes one JSON entry per line, redacted', () => {
    const { value } = redactJson({ apiKey: 'ak_live_123456789012345678901234' })
    const text = ndjsonEncoder.rows([event(), event({ response: { body: value } })])
    const lines = text.trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    expect(JSON.parse(lines[1]!).response.body.apiKey).toMatch(/^\[REDACTED/)
    expect(text).not.toContain('ak_live_123456789012345678901234')
  })
})

describe('exportFileName', () => {
  it('names the org, the range and the time of export', () => {
    expect(
      exportFileName(
        '5f1e0c6a9d3b2a0017c4e8a1',
        { start: Date.UTC(2026, 9, 1), end: Date.UTC(2026, 9, 31, 23, 59) },
        Date.UTC(2026, 10, 22, 5, 30),
        'csv',
      ),
    ).toBe('audit-logs_5f1e0c6a9d3b2a0017c4e8a1_2026-10-01_to_2026-10-31_exported-2026-11-22T0530Z.csv')
    expect(exportFileName('../evil', {}, Date.UTC(2026, 10, 22), 'ndjson')).toBe(
      'audit-logs_evil_beginning_to_2026-11-22_exported-2026-11-22T0000Z.ndjson',
    )
  })
})
