/**
 * The column chooser's words: a catalogue of its own, loaded with the chooser's chunk after the
 * first paint, so the first load does not carry them (decision 008).
 */
import { formatCount } from '@/lib/format/format-number'

export const columnsMessagesEn = {
  title: 'Columns',
  help: 'Top to bottom is the table’s left to right. Time and the actor always stay.',
  alwaysShown: 'always shown',
  moveUp: (title: string) => `Move ${title} up`,
  moveDown: (title: string) => `Move ${title} down`,
  reset: 'Reset columns',
  moved: (title: string, position: number, count: number) =>
    `${title} is now column ${formatCount(position)} of ${formatCount(count)}.`,
  shown: (title: string) => `${title} shown.`,
  hidden: (title: string) => `${title} hidden.`,
}

export type ColumnsMessages = typeof columnsMessagesEn
