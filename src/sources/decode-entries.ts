import { SLICE_MS, yieldToMain } from '@/lib/async/yield-to-main'

import type { AuditEvent, DecodeProblem } from './audit-event'

export interface DecodedEntries {
  events: AuditEvent[]
  problems: DecodeProblem[]
}

/**
 * Decodes a page's entries one at a time: an entry that cannot be read becomes a problem of its
 * own and the rest still show. The main thread is handed back between slices of about
 * `SLICE_MS`: decoding and redacting a page of 50 Losant entries took ~115 ms in one task on a
 * laptop, ~460 ms on a phone, the longest task of the page's first load.
 */
export async function decodeEntries<T>(
  items: readonly T[],
  decode: (item: T) => AuditEvent,
  idOf: (item: T) => string | undefined = () => undefined,
): Promise<DecodedEntries> {
  const events: AuditEvent[] = []
  const problems: DecodeProblem[] = []
  let sliceEnd = performance.now() + SLICE_MS
  for (const [index, item] of items.entries()) {
    if (performance.now() > sliceEnd) {
      await yieldToMain()
      sliceEnd = performance.now() + SLICE_MS
    }
    try {
      events.push(decode(item))
    } catch (error) {
      problems.push({ index, id: idOf(item), message: (error as Error).message })
    }
  }
  return { events, problems }
}
