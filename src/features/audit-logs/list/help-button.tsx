import { lazy, Suspense, useCallback, useState } from 'react'

import { messages } from '@/lib/i18n'

import { useListShortcuts } from './use-list-shortcuts'

const ShortcutsDialog = lazy(() => import('./shortcuts-dialog'))

/** "Keyboard shortcuts": the button, the `?` key and the list's other keys, and the dialog. */
export function HelpButton() {
  const [open, setOpen] = useState(false)
  const openHelp = useCallback(() => setOpen(true), [])
  useListShortcuts({ onHelp: openHelp })
  return (
    <>
      <button type="button" className="button button-quiet" onClick={openHelp} aria-keyshortcuts="?">
        {messages.list.shortcuts}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ShortcutsDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
