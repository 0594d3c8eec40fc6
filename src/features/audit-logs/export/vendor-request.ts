import { requestUrl } from '@/lib/http/http-client'
import type { AuditSearch } from '@/sources/audit-search'
import type { SourceClient } from '@/sources/source-client'

export interface VendorRequest {
  method: 'GET'
  url: string
  /** Headers the adapter asks for (e.g. BloodHound's `Prefer`); never Authorization. */
  headers?: Record<string, string>
}

/**
 * The request `client.listPage(search)` sends, as an auditor's record of it: built by the same
 * adapter and URL rule. The token travels only in the Authorization header the HTTP client adds,
 * so it is never part of this.
 */
export async function describeListRequest(client: SourceClient, search: AuditSearch): Promise<VendorRequest> {
  const { path, query, headers } = await client.source.listRequest(search, { orgId: client.connection.orgId })
  const url = requestUrl(client.connection.apiUrl, path, query)
  return headers ? { method: 'GET', url, headers } : { method: 'GET', url }
}
