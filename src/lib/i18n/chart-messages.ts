/** The activity chart's active catalogue (decision 008: an area loaded after the first paint keeps its own). */
import { chartMessagesEn } from './chart-messages.en'

export type { ChartMessages } from './chart-messages.en'

export const chartMessages = chartMessagesEn
