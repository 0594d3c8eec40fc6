import { Dialog } from 'radix-ui'

import { messages } from '@/lib/i18n'
import { shortcutsMessages } from '@/lib/i18n/shortcuts-messages'

const m = shortcutsMessages

const SHORTCUTS: [keys: string[], what: string][] = [
  [['j', '↓'], m.nextRow],
  [['k', '↑'], m.previousRow],
  [[m.keys.enter], m.openRow],
  [[m.keys.escape], m.close],
  [['/'], m.filters],
  [['?'], m.help],
]

export default function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="modal" aria-describedby={undefined}>
          <Dialog.Title className="modal-title">{m.title}</Dialog.Title>
          <dl className="shortcuts">
            {SHORTCUTS.map(([keys, what]) => (
              <div key={what} className="shortcut">
                <dt>
                  {keys.map((key, i) => (
                    <span key={key}>
                      {i > 0 && m.or}
                      <kbd>{key}</kbd>
                    </span>
                  ))}
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
          <p className="muted">{m.typingNote}</p>
          <div className="modal-actions">
            <Dialog.Close asChild>
              <button type="button" className="button">
                {messages.common.close}
              </button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
