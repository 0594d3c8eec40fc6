/** The column chooser's active catalogue (decision 008: an area loaded after the first paint keeps its own). */
import { columnsMessagesEn } from './columns-messages.en'

export type { ColumnsMessages } from './columns-messages.en'

export const columnsMessages = columnsMessagesEn
