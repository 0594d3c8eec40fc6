/**
 * Which of the source's columns the list shows, and in what order: `cols=time,actor,status` in
 * the URL (so a saved view and a shared link carry it). Absent means the source's own columns,
 * left to right. The time and the actor are the entry's identity on screen: they always stay.
 *
 * A choice is the visible ids in order; `undefined` is the source's default. Hidden columns keep
 * the source's order after the visible ones, so showing one again puts it at the end.
 */
import { messages } from '@/lib/i18n'
import type { ColumnSpec } from '@/sources/audit-source'

export type ColumnChoice = readonly string[] | undefined

export interface ColumnContext {
  /** Every column the source declares, left to right. */
  ids: readonly string[]
  /** Columns that cannot be hidden (they may move). */
  locked: readonly string[]
}

export const COLUMNS_PARAM = 'cols'

/** The source's columns as the layout sees them: the time and actor columns are locked. */
export function columnContext(specs: readonly ColumnSpec[]): ColumnContext {
  return {
    ids: specs.map((spec) => spec.id),
    locked: specs.filter((spec) => spec.cell.kind === 'time' || spec.cell.kind === 'actor').map((spec) => spec.id),
  }
}

/** The visible columns, in order. */
export function visibleColumns(choice: ColumnChoice, context: ColumnContext): readonly string[] {
  return choice ?? context.ids
}

/** The hidden columns, in the source's order. */
export function hiddenColumns(choice: ColumnChoice, context: ColumnContext): readonly string[] {
  const visible = visibleColumns(choice, context)
  return context.ids.filter((id) => !visible.includes(id))
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i])

/** The source's own layout is written as nothing, so the plain page keeps a plain URL. */
function normalized(visible: readonly string[], context: ColumnContext): ColumnChoice {
  return sameList(visible, context.ids) ? undefined : visible
}

export function withColumnShown(choice: ColumnChoice, id: string, context: ColumnContext): ColumnChoice {
  const visible = visibleColumns(choice, context)
  if (!context.ids.includes(id) || visible.includes(id)) return choice
  return normalized([...visible, id], context)
}

export function withColumnHidden(choice: ColumnChoice, id: string, context: ColumnContext): ColumnChoice {
  if (context.locked.includes(id)) return choice
  const visible = visibleColumns(choice, context)
  if (!visible.includes(id)) return choice
  return normalized(
    visible.filter((other) => other !== id),
    context,
  )
}

/** Moves a visible column one place left (-1) or right (+1); at an edge nothing changes. */
export function withColumnMoved(choice: ColumnChoice, id: string, step: -1 | 1, context: ColumnContext): ColumnChoice {
  const visible = [...visibleColumns(choice, context)]
  const from = visible.indexOf(id)
  const to = from + step
  if (from === -1 || to < 0 || to >= visible.length) return choice
  ;[visible[from], visible[to]] = [visible[to]!, visible[from]!]
  return normalized(visible, context)
}

/**
 * Reads `cols`. Unknown ids and repeats are dropped (unknown ones reported); a locked column the
 * list left out comes back at its own place, reported too. Nothing usable: the default.
 */
export function parseColumns(raw: string | null, context: ColumnContext, ignore: (what: string) => void): ColumnChoice {
  if (raw === null) return undefined
  const visible: string[] = []
  for (const id of raw.split(',').map((part) => part.trim())) {
    if (!id || visible.includes(id)) continue
    if (context.ids.includes(id)) visible.push(id)
    else ignore(messages.list.ignoredParam(COLUMNS_PARAM, id.slice(0, 40)))
  }
  if (visible.length === 0) return undefined
  for (const id of context.locked) {
    if (visible.includes(id)) continue
    ignore(messages.list.ignoredLockedColumn(id))
    visible.splice(Math.min(context.ids.indexOf(id), visible.length), 0, id)
  }
  return normalized(visible, context)
}

export function serializeColumns(choice: ColumnChoice, params: URLSearchParams): void {
  if (choice) params.set(COLUMNS_PARAM, choice.join(','))
}

/** TanStack Table's column order (every column) and visibility for a choice. */
export function tableColumnState(choice: ColumnChoice, context: ColumnContext) {
  const hidden = hiddenColumns(choice, context)
  return {
    columnOrder: [...visibleColumns(choice, context), ...hidden],
    columnVisibility: Object.fromEntries(hidden.map((id) => [id, false])) as Record<string, boolean>,
  }
}
