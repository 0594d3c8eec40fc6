import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { losantSource } from '@/sources/losant/losant-source'

import type { ColumnChoice } from './column-layout'
import {
  columnContext,
  hiddenColumns,
  parseColumns,
  serializeColumns,
  tableColumnState,
  visibleColumns,
  withColumnHidden,
  withColumnMoved,
  withColumnShown,
} from './column-layout'

// Losant: time, actor, request, target, status; time and actor are locked.
const CONTEXT = columnContext(losantSource.columns)

function parse(raw: string | null) {
  const ignored: string[] = []
  return { choice: parseColumns(raw, CONTEXT, (what) => ignored.push(what)), ignored }
}

function roundTrip(choice: ColumnChoice) {
  const params = new URLSearchParams()
  serializeColumns(choice, params)
  return parse(params.get('cols')).choice
}

describe('column layout', () => {
  it('locks the time and actor columns of the source', () => {
    expect(CONTEXT.ids).toEqual(['time', 'actor', 'request', 'target', 'status'])
    expect(CONTEXT.locked).toEqual(['time', 'actor'])
  })

  it('hides a column and shows it again at the end; the default is written as nothing', () => {
    const hidden = withColumnHidden(undefined, 'request', CONTEXT)
    expect(hidden).toEqual(['time', 'actor', 'target', 'status'])
    expect(hiddenColumns(hidden, CONTEXT)).toEqual(['request'])
    expect(withColumnShown(hidden, 'request', CONTEXT)).toEqual(['time', 'actor', 'target', 'status', 'request'])
    const status = withColumnHidden(undefined, 'status', CONTEXT)
    expect(withColumnShown(status, 'status', CONTEXT)).toBeUndefined()
  })

  it('never hides the time or the actor', () => {
    expect(withColumnHidden(undefined, 'time', CONTEXT)).toBeUndefined()
    expect(withColumnHidden(['actor', 'time'], 'actor', CONTEXT)).toEqual(['actor', 'time'])
  })

  it('moves a visible column one place, and not past an edge', () => {
    const moved = withColumnMoved(undefined, 'status', -1, CONTEXT)
    expect(moved).toEqual(['time', 'actor', 'request', 'status', 'target'])
    expect(withColumnMoved(moved, 'status', 1, CONTEXT)).toBeUndefined()
    expect(withColumnMoved(undefined, 'time', -1, CONTEXT)).toBeUndefined()
    expect(withColumnMoved(undefined, 'status', 1, CONTEXT)).toBeUndefined()
    // A hidden column has no place to move from.
    const hidden = withColumnHidden(undefined, 'target', CONTEXT)
    expect(withColumnMoved(hidden, 'target', -1, CONTEXT)).toBe(hidden)
  })

  it('ignores unknown and repeated columns in the URL, and puts back a locked one it left out', () => {
    expect(parse(null)).toEqual({ choice: undefined, ignored: [] })
    expect(parse('status,actor,status,time')).toEqual({ choice: ['status', 'actor', 'time'], ignored: [] })
    const unknown = parse('time,actor,secret,status')
    expect(unknown.choice).toEqual(['time', 'actor', 'status'])
    expect(unknown.ignored).toEqual(['cols “secret”'])
    const withoutTime = parse('status,actor')
    expect(withoutTime.choice).toEqual(['time', 'status', 'actor'])
    expect(withoutTime.ignored).toHaveLength(1)
    expect(parse('nonsense').choice).toBeUndefined()
    expect(parse('time,actor,request,target,status').choice).toBeUndefined()
  })

  it('gives the table every column in order, the hidden ones marked false', () => {
    expect(tableColumnState(['actor', 'time', 'status'], CONTEXT)).toEqual({
      columnOrder: ['actor', 'time', 'status', 'request', 'target'],
      columnVisibility: { request: false, target: false },
    })
    expect(tableColumnState(undefined, CONTEXT)).toEqual({ columnOrder: CONTEXT.ids, columnVisibility: {} })
  })

  it('keeps every column reachable and the locked ones visible through any run of changes, and survives the URL', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('show' as const), id: fc.constantFrom(...CONTEXT.ids) }),
      fc.record({ kind: fc.constant('hide' as const), id: fc.constantFrom(...CONTEXT.ids) }),
      fc.record({
        kind: fc.constant('move' as const),
        id: fc.constantFrom(...CONTEXT.ids),
        by: fc.constantFrom(-1, 1),
      }),
    )
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), (steps) => {
        let choice: ColumnChoice = undefined
        for (const s of steps) {
          if (s.kind === 'show') choice = withColumnShown(choice, s.id, CONTEXT)
          else if (s.kind === 'hide') choice = withColumnHidden(choice, s.id, CONTEXT)
          else choice = withColumnMoved(choice, s.id, s.by as -1 | 1, CONTEXT)
        }
        const visible = visibleColumns(choice, CONTEXT)
        expect(visible).toEqual(expect.arrayContaining([...CONTEXT.locked]))
        expect([...visible, ...hiddenColumns(choice, CONTEXT)].sort()).toEqual([...CONTEXT.ids].sort())
        expect(roundTrip(choice)).toEqual(choice)
      }),
    )
  })
})
