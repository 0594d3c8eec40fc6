/** The saved-views popover's active catalogue (decision 008: an area loaded after the first paint keeps its own). */
import { viewsMessagesEn } from './views-messages.en'

export type { ViewsMessages } from './views-messages.en'

export const viewsMessages = viewsMessagesEn
