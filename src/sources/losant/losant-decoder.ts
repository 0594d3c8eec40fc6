import { ResponseFormatError } from '@/lib/http/http-errors'
import { messages } from '@/lib/i18n'
import type { SourceDecoder } from '@/sources/audit-source'

import { decodeLosantEntryInSlices, decodeLosantPage } from './losant-decode'
import { losantErrorSchema } from './losant-schemas'

const MAX_ERROR_TEXT = 300

/** Reading Losant's answers (loaded on demand: see AuditSource.loadDecoder). */
export const losantDecoder: SourceDecoder = {
  decodeList: decodeLosantPage,
  decodeEvent: async (json) => {
    try {
      return await decodeLosantEntryInSlices(json)
    } catch (error) {
      throw new ResponseFormatError(messages.sources.losant.notAnEntry((error as Error).message))
    }
  },
  describeErrorBody: (body) => {
    const parsed = losantErrorSchema.safeParse(body)
    if (parsed.success && (parsed.data.type || parsed.data.message)) return parsed.data
    return typeof body === 'string' && body.trim() ? { message: body.trim().slice(0, MAX_ERROR_TEXT) } : undefined
  },
}
