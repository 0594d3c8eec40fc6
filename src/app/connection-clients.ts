/**
 * Where the page reads from, and the two clients each connection gets (a query cache and a source
 * client). The same rules serve the first page, started from the entry before React renders
 * (first-page.ts), and the app, which adopts what was started when it resolves the same connection.
 */
import type { QueryClient } from '@tanstack/react-query'

import type { SettingsLayer } from '@/config/connection-settings'
import { DEFAULT_SOURCE, mergeLayers } from '@/config/connection-settings'
import type { ConnectionOverride } from '@/config/connection-store'
import type { SourceId } from '@/sources/audit-source'
import type { Connection, SourceClient } from '@/sources/source-client'
import { createSourceClient } from '@/sources/source-client'
import { isSourceId } from '@/sources/source-registry'

import type { DemoApi } from './demo-api'
import { createQueryClient } from './query-client'

/** The Connection page's choice over the base layers: the layer in force and its source. */
export function resolveLayer(baseLayer: SettingsLayer, override: ConnectionOverride) {
  const layer = override.demo
    ? { sourceId: override.layer.sourceId ?? baseLayer.sourceId }
    : mergeLayers(baseLayer, override.layer)
  const sourceId: SourceId = layer.sourceId && isSourceId(layer.sourceId) ? layer.sourceId : DEFAULT_SOURCE
  return { layer, sourceId }
}

/** The connection a layer names; with no API URL, the built-in demo API. */
export function connectionFor(layer: SettingsLayer, sourceId: SourceId, demoApi: DemoApi): Connection {
  return layer.apiUrl
    ? { sourceId, apiUrl: layer.apiUrl, orgId: layer.orgId ?? '', token: layer.token, demo: false }
    : // The demo API's addresses are known before it runs: the page renders while it starts.
      {
        sourceId,
        apiUrl: demoApi.endpoints.bases[sourceId],
        orgId: layer.orgId ?? demoApi.endpoints.orgId,
        token: layer.token,
        demo: true,
        ready: demoApi.ready,
      }
}

export interface ConnectionClients {
  queryClient: QueryClient
  sourceClient: SourceClient
}

/** A fresh cache and source client: nothing read with one connection shows under another. */
export function createConnectionClients(connection: Connection): ConnectionClients {
  return { queryClient: createQueryClient(), sourceClient: createSourceClient(connection) }
}

/** The clients the entry created for the first page, until the app adopts them or moves on. */
let started: { connection: Connection; clients: ConnectionClients } | undefined

const sameConnection = (a: Connection, b: Connection) =>
  a.sourceId === b.sourceId &&
  a.apiUrl === b.apiUrl &&
  a.orgId === b.orgId &&
  a.token === b.token &&
  a.demo === b.demo &&
  a.ready === b.ready &&
  !a.getToken &&
  !b.getToken

export function rememberStartedClients(connection: Connection, clients: ConnectionClients): void {
  started = { connection, clients }
}

/**
 * The clients for a connection: the ones the entry started with when it is the same connection
 * (so the page finds its first request already under way), otherwise new ones. Once the app
 * resolves another connection, the started ones are let go: coming back starts from an empty cache.
 */
export function clientsFor(connection: Connection): ConnectionClients {
  if (started && sameConnection(started.connection, connection)) return started.clients
  started = undefined
  return createConnectionClients(connection)
}
