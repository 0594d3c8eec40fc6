import './columns.css'

import { Popover } from 'radix-ui'
import type { ReactNode } from 'react'
import { useState } from 'react'

import { Icon } from '@/components/ui/icon'
import type { ColumnChoice, ColumnContext } from '@/features/audit-logs/search/column-layout'
import {
  hiddenColumns,
  visibleColumns,
  withColumnHidden,
  withColumnMoved,
  withColumnShown,
} from '@/features/audit-logs/search/column-layout'
import { columnsMessages } from '@/lib/i18n/columns-messages'
import type { ColumnSpec } from '@/sources/audit-source'

export interface ColumnsPopoverProps {
  trigger: ReactNode
  /** The source's columns (titles), left to right. */
  specs: readonly ColumnSpec[]
  layout: ColumnContext
  columns: ColumnChoice
  onChange: (columns: ColumnChoice) => void
}

/**
 * The column chooser: a checkbox per column (the time and actor stay), and move left/right
 * buttons for the shown ones. Visible columns are listed in their order, hidden ones after.
 */
export default function ColumnsPopover({ trigger, specs, layout, columns, onChange }: ColumnsPopoverProps) {
  // Mounted only once the button was pressed, so it opens at once.
  const [open, setOpen] = useState(true)
  const [said, setSaid] = useState('')
  const m = columnsMessages
  const titles = new Map(specs.map((spec) => [spec.id, spec.title]))
  const title = (id: string) => titles.get(id) ?? id
  const visible = visibleColumns(columns, layout)
  const listed = [...visible, ...hiddenColumns(columns, layout)]

  function move(id: string, step: -1 | 1) {
    const next = withColumnMoved(columns, id, step, layout)
    if (next === columns) return
    onChange(next)
    const position = visibleColumns(next, layout).indexOf(id) + 1
    setSaid(m.moved(title(id), position, visible.length))
  }

  function toggle(id: string, show: boolean) {
    onChange(show ? withColumnShown(columns, id, layout) : withColumnHidden(columns, id, layout))
    setSaid(show ? m.shown(title(id)) : m.hidden(title(id)))
  }

  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>{trigger}</Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          className="popover columns-popover"
          align="start"
          sideOffset={6}
          collisionPadding={8}
          aria-label={m.title}
        >
          <p className="muted columns-help">{m.help}</p>
          <ul className="columns-list">
            {listed.map((id) => {
              const shown = visible.includes(id)
              const locked = layout.locked.includes(id)
              const index = visible.indexOf(id)
              return (
                <li key={id} className="columns-row" data-hidden={!shown || undefined}>
                  <label className="columns-label">
                    <input
                      type="checkbox"
                      checked={shown}
                      disabled={locked}
                      onChange={(event) => toggle(id, event.target.checked)}
                    />
                    <span>{title(id)}</span>
                    {locked && <span className="muted columns-locked">{m.alwaysShown}</span>}
                  </label>
                  {shown && (
                    <span className="columns-move">
                      {/* aria-disabled, not disabled: a button that reaches the edge keeps the focus. */}
                      <button
                        type="button"
                        className="icon-button icon-button-small"
                        aria-label={m.moveUp(title(id))}
                        title={m.moveUp(title(id))}
                        aria-disabled={index === 0 || undefined}
                        onClick={() => move(id, -1)}
                      >
                        <Icon name="arrowUp" size={14} />
                      </button>
                      <button
                        type="button"
                        className="icon-button icon-button-small"
                        aria-label={m.moveDown(title(id))}
                        title={m.moveDown(title(id))}
                        aria-disabled={index === visible.length - 1 || undefined}
                        onClick={() => move(id, 1)}
                      >
                        <Icon name="arrowDown" size={14} />
                      </button>
                    </span>
                  )}
                </li>
              )
            })}
          </ul>
          <button
            type="button"
            className="button button-quiet columns-reset"
            disabled={columns === undefined}
            onClick={() => {
              onChange(undefined)
              setSaid('')
            }}
          >
            {m.reset}
          </button>
          <p role="status" className="sr-only">
            {said}
          </p>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  )
}
