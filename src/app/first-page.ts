/**
 * The first page's request leaves from the entry, as soon as the configuration is read and before
 * React renders: rendering the page and loading its decoder then happen while the vendor answers,
 * not before it is asked (decision 016). The app adopts the clients started here
 * (connection-clients.ts), so the page's query finds its request under way and asks nothing twice.
 */
import type { SettingsLayer } from '@/config/connection-settings'
import { readOidcSettings } from '@/config/connection-settings'
import { getConnectionOverride } from '@/config/connection-store'
import { AUDIT_LOGS_PATH, SETTINGS_PATH } from '@/config/paths'
import { auditLogListOptions } from '@/features/audit-logs/api/get-audit-logs'
import { readView } from '@/features/audit-logs/search/use-audit-search'

import { connectionFor, createConnectionClients, rememberStartedClients, resolveLayer } from './connection-clients'
import type { DemoApi } from './demo-api'

/** The search of the list the URL shows, or undefined when the URL shows no list. */
function listSearchKey(url: Location): string | undefined {
  // "/" and "/settings" redirect to the list, without the search.
  if (url.pathname === '/' || url.pathname === SETTINGS_PATH) return ''
  if (url.pathname === AUDIT_LOGS_PATH || url.pathname.startsWith(`${AUDIT_LOGS_PATH}/`)) {
    return new URLSearchParams(url.search).toString()
  }
  return undefined
}

export function startFirstPage(baseLayer: SettingsLayer, demoApi: DemoApi, url: Location = location): void {
  // Signing in decides the token (and who names the cache): the page starts once signed in.
  if (readOidcSettings(baseLayer)) return
  const { layer, sourceId } = resolveLayer(baseLayer, getConnectionOverride())
  const connection = connectionFor(layer, sourceId, demoApi)
  // The source client starts loading its decoder as it is created: now, in parallel.
  const clients = createConnectionClients(connection)
  rememberStartedClients(connection, clients)
  const key = listSearchKey(url)
  // The demo API starts after the first paint (decision 009): its page is asked by the page itself.
  if (key === undefined || connection.demo) return
  const { search } = readView(key, clients.sourceClient.source)
  void clients.queryClient.prefetchQuery(auditLogListOptions(clients.sourceClient, search))
}
