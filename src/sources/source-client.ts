import { yieldToMain } from '@/lib/async/yield-to-main'
import { createHttpClient } from '@/lib/http/http-client'

import type { AuditEvent, AuditPage } from './audit-event'
import type { AuditSearch } from './audit-search'
import type { AuditSource, SourceDecoder, SourceId } from './audit-source'
import { SOURCES } from './source-registry'

/** Where the dashboard reads from. The token is a secret: it stays inside the HTTP client. */
export interface Connection {
  sourceId: SourceId
  apiUrl: string
  orgId: string
  token?: string
  /** Reads the signed-in user's current access token at request time (over `token`). */
  getToken?: () => string | undefined | Promise<string | undefined>
  /** After a 401: renew the signed-in user's token; `true` when the request may be sent again. */
  renewToken?: () => Promise<boolean>
  /** True when `apiUrl` is the built-in demo API. */
  demo: boolean
  /** Resolves once `apiUrl` can answer (the in-page demo API starts after the first paint). */
  ready?: () => Promise<void>
}

export interface SourceClient {
  source: AuditSource
  connection: Omit<Connection, 'token' | 'getToken' | 'renewToken'>
  /** What is being read, for query keys: source, API and org — never the token. */
  scope: readonly [SourceId, string, string]
  listPage(search: AuditSearch, signal?: AbortSignal): Promise<AuditPage>
  getEvent(id: string, signal?: AbortSignal): Promise<AuditEvent>
}

export function createSourceClient({ token, getToken, renewToken, ready, ...connection }: Connection): SourceClient {
  const source = SOURCES[connection.sourceId]
  // The decoder starts loading now, alongside the first request; a failed load is tried again
  // by the next request rather than remembered.
  let decoderLoad: Promise<SourceDecoder> | undefined
  const decoder = () =>
    (decoderLoad ??= source.loadDecoder().catch((error: unknown) => {
      decoderLoad = undefined
      throw error
    }))
  decoder().catch(() => {})
  const http = createHttpClient({
    baseUrl: connection.apiUrl,
    token,
    getToken,
    renewToken,
    ready,
    describeErrorBody: async (body) => (await decoder()).describeErrorBody(body),
  })
  // UiPath's and BloodHound's sources ignore orgId (see SourceLocation).
  const location = { orgId: connection.orgId }
  return {
    source,
    connection,
    scope: [connection.sourceId, connection.apiUrl, connection.orgId],
    async listPage(search, signal) {
      const { path, query, headers } = await source.listRequest(search, location)
      const json = await http.getJson(path, { query, headers, signal })
      return (await decoder()).decodeList(json)
    },
    async getEvent(id, signal) {
      const { path, query, headers } = source.eventRequest(id, location)
      const json = await http.getJson(path, { query, headers, signal })
      // A single entry may carry megabytes of bodies: the parse ends its task here, and the decoder
      // then redacts them in slices (see redaction-tally).
      await yieldToMain()
      return (await decoder()).decodeEvent(json, id)
    },
  }
}
