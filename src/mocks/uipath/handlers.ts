// msw handlers for UiPath's audit-log list and download, shared by the browser worker, vitest
// (msw/node) and the standalone mock server. Any bearer token, or none, is accepted.
import { http, HttpResponse } from 'msw'

import { getDefaultUiPathDataset, type UiPathDataset } from './dataset'
import { downloadCsv, listAuditLogs, parseDownloadQuery, parseListQuery } from './query'

export interface CreateUiPathHandlersOptions {
  /** Where `{baseURL}` is, e.g. `http://127.0.0.1:8787/uipath`; the API lives under `/audit_/api`. */
  baseUrl: string
  /** A dataset, or a function that builds one on the first request. Defaults to the shared one. */
  dataset?: UiPathDataset | (() => UiPathDataset)
}

function badRequest(text: string): Response {
  return new HttpResponse(text, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}

export function createUiPathHandlers({ baseUrl, dataset = getDefaultUiPathDataset }: CreateUiPathHandlersOptions) {
  const base = baseUrl.replace(/\/+$/, '')
  let resolved: UiPathDataset | undefined
  const getDataset = () => (resolved ??= typeof dataset === 'function' ? dataset() : dataset)

  return [
    // `download` first: `auditlogs/download` must not read as an id under `auditlogs`.
    http.get(`${base}/audit_/api/auditlogs/download`, ({ request }) => {
      const query = parseDownloadQuery(new URL(request.url).searchParams)
      if (!query.ok) return badRequest(query.text)
      return new HttpResponse(downloadCsv(getDataset(), query.value), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': 'attachment; filename="audit-logs.csv"',
        },
      })
    }),
    http.get(`${base}/audit_/api/auditlogs`, ({ request }) => {
      const query = parseListQuery(new URL(request.url).searchParams)
      if (!query.ok) return badRequest(query.text)
      return HttpResponse.json(listAuditLogs(getDataset(), query.value))
    }),
  ]
}
