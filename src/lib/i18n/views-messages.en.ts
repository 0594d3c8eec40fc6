/**
 * The saved-views popover's words: a catalogue of its own, loaded with the popover's chunk after
 * the first paint, so the first load does not carry them (decision 008).
 */
import { formatCount } from '@/lib/format/format-number'

import { pluralRules } from './plural'

const plural = pluralRules('en')

export const viewsMessagesEn = {
  title: 'Saved views',
  empty: 'No saved views yet. Name the current view below to open it again later.',
  current: 'Current',
  defaultBadge: 'Default',
  open: (name: string) => `Open the view “${name}”`,
  makeDefault: (name: string) => `Open the page on “${name}”`,
  copyLink: (name: string) => `Copy a link to “${name}”`,
  rename: (name: string) => `Rename “${name}”`,
  delete: (name: string) => `Delete “${name}”`,
  confirmDelete: (name: string) => `Delete “${name}”? This cannot be undone.`,
  confirmDeleteYes: 'Delete',
  cancel: 'Cancel',
  nameLabel: 'Name the current view',
  renameLabel: (name: string) => `New name for “${name}”`,
  namePlaceholder: 'e.g. Deletes this week',
  save: 'Save view',
  saveName: 'Save name',
  nameRequired: 'Give the view a name.',
  nameTooLong: (max: number) => `A name has at most ${formatCount(max)} characters.`,
  nameTaken: (name: string) => `A view named “${name}” already exists: choose another name.`,
  tooMany: (max: number) => `At most ${formatCount(max)} views can be saved: delete one first.`,
  saved: (name: string) => `Saved the view “${name}”.`,
  renamed: (name: string) => `Renamed to “${name}”.`,
  deleted: (name: string) => `Deleted the view “${name}”.`,
  defaultSet: (name: string) => `“${name}” is now the default: the page opens on it.`,
  defaultUnset: 'The page now opens on the plain list.',
  linkCopied: (name: string) => `Link to “${name}” copied.`,
  linkFailed: 'The browser refused to copy the link.',
  exportViews: 'Export views',
  importViews: 'Import views',
  exportFileName: (source: string) => `saved-views-${source}.json`,
  imported: (added: number, skipped: number) =>
    `Imported ${formatCount(added)} ${plural(added, { one: 'view', other: 'views' })}${skipped ? `; ${formatCount(skipped)} could not be read and ${plural(skipped, { one: 'was', other: 'were' })} skipped` : ''}.`,
  nothingNew: 'Nothing imported: every view in the file is already here.',
  storageFailed:
    'This browser would not store the views (storage is full or disabled): the change lasts until the page is reloaded.',
  notices: {
    storedUnreadable: 'The saved views stored in this browser could not be read and were ignored.',
    storedOtherVersion: 'Saved views stored by another version of this dashboard were ignored.',
    storedSomeUnreadable: (count: number) =>
      `${formatCount(count)} saved ${plural(count, { one: 'view', other: 'views' })} could not be read and ${plural(count, { one: 'was', other: 'were' })} ignored.`,
    importTooLarge: 'This file is too large to be a saved-views export: nothing was imported.',
    importNotJson: 'This file is not JSON: nothing was imported.',
    importNotAnExport: 'This file is not a saved-views export: nothing was imported.',
    importOtherVersion: 'This file was exported by another version of this dashboard: nothing was imported.',
    importReadFailed: 'The file could not be read: nothing was imported.',
  },
}

export type ViewsMessages = typeof viewsMessagesEn
