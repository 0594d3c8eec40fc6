import { clientPlaceholder, SERVER_PLACEHOLDER } from './placeholders'
import { normaliseReason, type RedactionOrigin, type RedactionReason } from './reasons'

/**
 * Stands in for a secret. It is a class (not a string) so the UI can tell a redaction from data
 * that merely looks like one, and render a badge with `reason`; `toJSON` keeps copy/export safe.
 */
export class RedactedValue {
  readonly reason: RedactionReason
  readonly origin: RedactionOrigin

  constructor(reason: RedactionReason, origin: RedactionOrigin) {
    this.reason = normaliseReason(reason)
    this.origin = origin === 'server' ? 'server' : 'client'
    Object.freeze(this)
  }

  toJSON(): string {
    return this.origin === 'server' ? SERVER_PLACEHOLDER : clientPlaceholder(this.reason)
  }

  /** So string interpolation (titles, CSV cells) can never print "[object Object]" or worse. */
  toString(): string {
    return this.toJSON()
  }
}

export function isRedactedValue(v: unknown): v is RedactedValue {
  try {
    return v instanceof RedactedValue
  } catch {
    // A Proxy with a throwing getPrototypeOf trap; certainly not one of ours.
    return false
  }
}
