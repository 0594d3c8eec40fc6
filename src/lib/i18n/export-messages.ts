/** The export dialog's active catalogue (decision 008: an area loaded after the first paint keeps its own). */
import { exportMessagesEn } from './export-messages.en'

export type { ExportMessages } from './export-messages.en'

export const exportMessages = exportMessagesEn
