/** The entry drawer's active catalogue (decision 008: an area loaded after the first paint keeps its own). */
import { entryMessagesEn } from './entry-messages.en'

export type { EntryMessages } from './entry-messages.en'

export const entryMessages = entryMessagesEn
