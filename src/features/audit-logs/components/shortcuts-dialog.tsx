import { Dialog } from 'radix-ui'

const SHORTCUTS: [keys: string[], what: string][] = [
  [['j', '↓'], 'Next row (in the drawer: next entry)'],
  [['k', '↑'], 'Previous row (in the drawer: previous entry)'],
  [['Enter'], 'Open the focused row'],
  [['Esc'], 'Close the drawer or a menu'],
  [['/'], 'Go to the filters'],
  [['?'], 'Show these shortcuts'],
]

export default function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="modal" aria-describedby={undefined}>
          <Dialog.Title className="modal-title">Keyboard shortcuts</Dialog.Title>
          <dl className="shortcuts">
            {SHORTCUTS.map(([keys, what]) => (
              <div key={what} className="shortcut">
                <dt>
                  {keys.map((key, i) => (
                    <span key={key}>
                      {i > 0 && ' or '}
                      <kbd>{key}</kbd>
                    </span>
                  ))}
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
          <p className="muted">Shortcuts do nothing while you type in a field.</p>
          <div className="modal-actions">
            <Dialog.Close asChild>
              <button type="button" className="button">
                Close
              </button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
