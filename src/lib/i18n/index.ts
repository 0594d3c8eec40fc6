/**
 * The active message catalogue. Every user-facing string comes from here (docs/decisions/008).
 * A translation is a `messages.<lang>.ts` typed `Messages`, chosen below.
 */
import type { Messages } from './messages.en'
import { en } from './messages.en'

export type { Messages }

export const messages: Messages = en
