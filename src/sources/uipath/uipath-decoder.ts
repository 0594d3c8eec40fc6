import type { VendorError } from '@/lib/http/http-errors'
import { ResponseFormatError } from '@/lib/http/http-errors'
import { messages } from '@/lib/i18n'
import { redactText } from '@/lib/redaction'
import type { SourceDecoder } from '@/sources/audit-source'

import { decodeUiPathEntry, decodeUiPathPage } from './uipath-decode'

const MAX_ERROR_TEXT = 300

/**
 * UiPath does not document its error body. A JSON body's own words are used when it has a usual
 * field for them (`message`, `error`, ASP.NET's `detail`/`title`); otherwise whatever came back is
 * shown, trimmed and cut short.
 */
export function describeUiPathErrorBody(body: unknown): VendorError | undefined {
  let message: string | undefined
  if (typeof body === 'string') message = body
  else if (typeof body === 'object' && body !== null) {
    const record = body as Record<string, unknown>
    const nested = record.error
    const candidates = [
      record.message,
      typeof nested === 'object' && nested !== null ? (nested as Record<string, unknown>).message : nested,
      record.detail,
      record.title,
      record.errorMessage,
    ]
    message = candidates.find((value): value is string => typeof value === 'string' && value.trim() !== '')
    message ??= JSON.stringify(body)
  }
  const trimmed = message?.trim()
  if (!trimmed) return undefined
  // An error text can echo what was sent, tokens included.
  return { message: redactText(trimmed.slice(0, MAX_ERROR_TEXT)).text }
}

/** Reading UiPath's answers (loaded on demand: see AuditSource.loadDecoder). */
export const uipathDecoder: SourceDecoder = {
  decodeList: decodeUiPathPage,
  // UiPath logs no request or response bodies, only short details: redacted in one go.
  decodeEvent: async (json) => {
    try {
      return decodeUiPathEntry(json)
    } catch (error) {
      throw new ResponseFormatError(messages.sources.uipath.notAnEntry((error as Error).message))
    }
  },
  describeErrorBody: describeUiPathErrorBody,
}
