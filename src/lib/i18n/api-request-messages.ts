/** The API request popover's active catalogue (decision 008: an area loaded after the first paint keeps its own). */
import { apiRequestMessagesEn } from './api-request-messages.en'

export type { ApiRequestMessages } from './api-request-messages.en'

export const apiRequestMessages = apiRequestMessagesEn
