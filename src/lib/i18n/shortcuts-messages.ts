/** The keyboard shortcuts dialog's active catalogue (decision 008: an area loaded after the first paint keeps its own). */
import { shortcutsMessagesEn } from './shortcuts-messages.en'

export type { ShortcutsMessages } from './shortcuts-messages.en'

export const shortcutsMessages = shortcutsMessagesEn
