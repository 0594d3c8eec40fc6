import { Dialog } from 'radix-ui'
import type { ReactNode } from 'react'

import { Icon } from '@/components/ui/icon'
import { messages } from '@/lib/i18n'

/** On narrow screens: the filter toolbar in a sheet, opened by a "Filters" button with a count. */
export default function FilterSheet({ activeCount, children }: { activeCount: number; children: ReactNode }) {
  return (
    <Dialog.Root>
      <Dialog.Trigger asChild>
        <button type="button" className="button filter-sheet-trigger">
          <Icon name="filter" size={14} />
          {messages.filters.sheet.trigger(activeCount)}
        </button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="sheet" aria-describedby={undefined}>
          <div className="sheet-header">
            <Dialog.Title className="modal-title">{messages.filters.sheet.title}</Dialog.Title>
            <Dialog.Close asChild>
              <button type="button" className="button">
                {messages.filters.sheet.done}
              </button>
            </Dialog.Close>
          </div>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
