import { describeError } from '@/lib/http/describe-error'
import { connectionMessages } from '@/lib/i18n/connection-messages'
import { DEFAULT_SEARCH } from '@/sources/audit-search'
import type { Connection } from '@/sources/source-client'
import { createSourceClient } from '@/sources/source-client'

export type TestResult = { ok: true; message: string } | { ok: false; title: string; detail?: string }

/** Asks the server for one entry with these settings and says, in words, what it answered. */
export async function testConnection(connection: Connection, signal?: AbortSignal): Promise<TestResult> {
  try {
    const page = await createSourceClient(connection).listPage({ ...DEFAULT_SEARCH, pageSize: 1 }, signal)
    const total = page.total
    return {
      ok: true,
      message: total === undefined ? connectionMessages.connected : connectionMessages.connectedCount(total),
    }
  } catch (error) {
    const { title, detail } = describeError(error)
    return { ok: false, title, detail }
  }
}
