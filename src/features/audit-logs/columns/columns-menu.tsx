import type { ComponentProps } from 'react'
import { startTransition, Suspense, useState } from 'react'

import { Icon } from '@/components/ui/icon'
import { messages } from '@/lib/i18n'
import { preloadableComponent } from '@/lib/lazy/preloadable-component'

import type { ColumnsPopoverProps } from './columns-popover'

const ColumnsPopover = preloadableComponent(async () => (await import('./columns-popover')).default)
export const preloadColumnsMenu = ColumnsPopover.preload

function ColumnsButton(props: ComponentProps<'button'>) {
  return (
    <button type="button" className="button button-quiet" aria-haspopup="dialog" {...props}>
      <Icon name="columns" size={14} />
      {messages.columnChooser.trigger}
    </button>
  )
}

/** "Columns": show, hide and reorder the list's columns (kept in the URL's `cols`). */
export function ColumnsMenu(props: Omit<ColumnsPopoverProps, 'trigger'>) {
  const [armed, setArmed] = useState(false)
  const idle = (
    <ColumnsButton
      aria-expanded={false}
      onPointerEnter={preloadColumnsMenu}
      onFocus={preloadColumnsMenu}
      onClick={() => startTransition(() => setArmed(true))}
    />
  )
  if (!armed) return idle
  return (
    <Suspense fallback={idle}>
      <ColumnsPopover.Component {...props} trigger={<ColumnsButton />} />
    </Suspense>
  )
}
