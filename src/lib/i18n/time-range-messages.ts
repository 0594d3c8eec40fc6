/** The time range popover's active catalogue (decision 008: an area loaded after the first paint keeps its own). */
import { timeRangeMessagesEn } from './time-range-messages.en'

export type { TimeRangeMessages } from './time-range-messages.en'

export const timeRangeMessages = timeRangeMessagesEn
