/** The Connection page's active catalogue (decision 008: an area loaded after the first paint keeps its own). */
import { connectionMessagesEn } from './connection-messages.en'

export type { ConnectionMessages } from './connection-messages.en'

export const connectionMessages = connectionMessagesEn
