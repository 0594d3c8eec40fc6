// msw handlers for Losant's two audit-log endpoints, shared by the browser worker, vitest
// (msw/node) and the standalone mock server. Any bearer token, or none, is accepted.
import { http, HttpResponse } from 'msw'

import { getDefaultLosantDataset, type LosantAuditLog, type LosantDataset } from './dataset'
import { queryAuditLogs } from './query'
import { type LosantErrorBody, OBJECT_ID_PATTERN } from './schema'

export interface CreateLosantHandlersOptions {
  /** Where the API is mounted, e.g. `http://127.0.0.1:8787` or `${location.origin}/demo-api/losant`. */
  baseUrl: string
  /** A dataset, or a function that builds one on the first request. Defaults to the shared one. */
  dataset?: LosantDataset | (() => LosantDataset)
}

function errorResponse(status: number, body: LosantErrorBody): Response {
  return HttpResponse.json(body, { status })
}

const ORG_NOT_FOUND: LosantErrorBody = { type: 'NotFound', message: 'Organization was not found' }

let liveEntries = 0

/** A copy of the newest entry under a fresh id, stamped now, put first. */
function recordLiveEntry(data: LosantDataset): LosantAuditLog {
  liveEntries += 1
  const template = data.entries[0]!
  const id = `ffff${liveEntries.toString(16).padStart(20, '0')}`
  const entry: LosantAuditLog = {
    ...JSON.parse(JSON.stringify(template)),
    id,
    auditLogId: id,
    creationDate: new Date().toISOString(),
  }
  data.entries.unshift(entry)
  data.byId.set(id, entry)
  return entry
}

export function createLosantHandlers({ baseUrl, dataset = getDefaultLosantDataset }: CreateLosantHandlersOptions) {
  const base = baseUrl.replace(/\/+$/, '')
  let resolved: LosantDataset | undefined
  const getDataset = () => (resolved ??= typeof dataset === 'function' ? dataset() : dataset)
  // An entry never changes once made, so it is serialised once, as a server's cache would: in
  // the browser this API runs on the page's main thread, where turning a 5 MB body into JSON
  // and bytes on every read would be a long task of the demo's, not of the app's.
  const encoded = new WeakMap<LosantAuditLog, Uint8Array>()
  const entryResponse = (entry: LosantAuditLog) => {
    let bytes = encoded.get(entry)
    if (!bytes) encoded.set(entry, (bytes = new TextEncoder().encode(JSON.stringify(entry))))
    return new HttpResponse(bytes, { headers: { 'Content-Type': 'application/json' } })
  }

  return [
    http.get(`${base}/orgs/:orgId/audit-logs`, ({ request, params }) => {
      // Express validates the query before the route looks the org up, so a bad query wins.
      const data = getDataset()
      const result = queryAuditLogs(data, new URL(request.url).search)
      if (!result.ok) return errorResponse(result.status, result.body)
      if (params.orgId !== data.orgId) return errorResponse(404, ORG_NOT_FOUND)
      return HttpResponse.json(result.value)
    }),

    // Demo only, not Losant's API: records a new entry "now", so live updates can be tried.
    http.post(`${base}/__demo__/entries`, () => {
      const data = getDataset()
      const entry = recordLiveEntry(data)
      return HttpResponse.json(entry, { status: 201 })
    }),

    http.get(`${base}/orgs/:orgId/audit-logs/:auditLogId`, ({ params }) => {
      const data = getDataset()
      const auditLogId = String(params.auditLogId)
      if (!OBJECT_ID_PATTERN.test(auditLogId)) {
        return errorResponse(400, { type: 'Validation', message: 'auditLogId must be a 24-character hex id' })
      }
      if (params.orgId !== data.orgId) return errorResponse(404, ORG_NOT_FOUND)
      const entry = data.byId.get(auditLogId.toLowerCase())
      if (!entry) return errorResponse(404, { type: 'NotFound', message: 'Audit Log was not found' })
      return entryResponse(entry)
    }),
  ]
}
