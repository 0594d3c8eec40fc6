/** The search box's active catalogue (decision 008: an area loaded after the first paint keeps its own). */
import { queryMessagesEn } from './query-messages.en'

export type { QueryMessages } from './query-messages.en'

export const queryMessages = queryMessagesEn
