/**
 * The keyboard shortcuts dialog's words: a catalogue of its own, loaded with the dialog's chunk
 * after the first paint, so the first load does not carry them (decision 008).
 */

export const shortcutsMessagesEn = {
  title: 'Keyboard shortcuts',
  /** Between two keys that do the same thing: "j or ↓". */
  or: ' or ',
  keys: { enter: 'Enter', escape: 'Esc' },
  nextRow: 'Next row (in the drawer: next entry)',
  previousRow: 'Previous row (in the drawer: previous entry)',
  openRow: 'Open the focused row',
  close: 'Close the drawer or a menu',
  filters: 'Go to the search box',
  help: 'Show these shortcuts',
  typingNote: 'Shortcuts do nothing while you type in a field.',
}

export type ShortcutsMessages = typeof shortcutsMessagesEn
