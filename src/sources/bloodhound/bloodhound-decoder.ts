import type { VendorError } from '@/lib/http/http-errors'
import type { SourceDecoder } from '@/sources/audit-source'

import { decodeBloodHoundEvent, decodeBloodHoundPage } from './bloodhound-decode'
import { bloodhoundErrorSchema } from './bloodhound-schemas'

const MAX_ERROR_TEXT = 300

/** `ErrorWrapper` → `{type: "400", message: "first; second"}`; other bodies as trimmed text. */
export function describeBloodHoundErrorBody(body: unknown): VendorError | undefined {
  const parsed = bloodhoundErrorSchema.safeParse(body)
  if (parsed.success && typeof body === 'object') {
    const messages = (parsed.data.errors ?? []).flatMap((detail) =>
      detail.message?.trim() ? [detail.message.trim()] : [],
    )
    const type = parsed.data.http_status === undefined ? undefined : String(parsed.data.http_status)
    if (messages.length || type) return { type, message: messages.length ? messages.join('; ') : undefined }
  }
  return typeof body === 'string' && body.trim() ? { message: body.trim().slice(0, MAX_ERROR_TEXT) } : undefined
}

/** Reading BloodHound's answers (loaded on demand: see AuditSource.loadDecoder). */
export const bloodhoundDecoder: SourceDecoder = {
  decodeList: decodeBloodHoundPage,
  // BloodHound logs no request or response bodies, only a change's fields: redacted in one go.
  decodeEvent: decodeBloodHoundEvent,
  describeErrorBody: describeBloodHoundErrorBody,
}
