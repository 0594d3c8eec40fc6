// The demo API over real HTTP, for trying a build or another client against it:
//   npm run mock-api   (tsx src/mocks/mock-api-server.ts; port from MOCK_API_PORT, default 8787)
// It runs the same msw handlers as the in-page worker, through msw's getResponse.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { gzipSync } from 'node:zlib'

import { getResponse } from 'msw'

import { createVendorHandlers, vendorBases } from './demo-handlers'
import { corsHeaders, preflightHeaders } from './local-cors'
import { LOSANT_DEMO_ORG_ID } from './losant/demo-constants'

const port = Number(process.env.MOCK_API_PORT || 8787)
const host = '127.0.0.1'
const origin = `http://${host}:${port}`
// Losant stays at the root (its paths start /orgs/…); the other vendors get a prefix each.
const handlers = createVendorHandlers({ ...vendorBases(origin), losant: origin })

/** Request log and banner go to stdout: this is a CLI, and lint keeps console.log out of the app. */
function log(line: string): void {
  process.stdout.write(`${line}\n`)
}

async function toFetchRequest(req: IncomingMessage): Promise<Request> {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  const method = req.method ?? 'GET'
  // Only BloodHound's login is a POST; its body is a small JSON object.
  let body: string | undefined
  if (method === 'POST') {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    body = Buffer.concat(chunks).toString('utf8')
  }
  return new Request(`${origin}${req.url ?? '/'}`, { method, headers, body })
}

async function respond(req: IncomingMessage, res: ServerResponse): Promise<number> {
  const requestOrigin = req.headers.origin
  if (req.method === 'OPTIONS') {
    res.writeHead(204, preflightHeaders(requestOrigin)).end()
    return 204
  }
  const response = await getResponse(handlers, await toFetchRequest(req))
  if (!response) {
    res
      .writeHead(404, { 'Content-Type': 'application/json', ...corsHeaders(requestOrigin) })
      .end(JSON.stringify({ type: 'NotFound', message: 'No such endpoint' }))
    return 404
  }
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => (headers[name] = value))
  let body = Buffer.from(await response.arrayBuffer())
  const cors = corsHeaders(requestOrigin)
  // Compressed when the client takes it, as the vendors' own APIs answer: a page of 50 entries is
  // ~50 KB of JSON, ~8 KB on the wire. Such an answer varies with Accept-Encoding either way.
  if (body.length > 1024) {
    cors.Vary = `${cors.Vary}, Accept-Encoding`
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body)
      headers['content-encoding'] = 'gzip'
      delete headers['content-length']
    }
  }
  res.writeHead(response.status, { ...headers, ...cors }).end(body)
  return response.status
}

const server = createServer((req, res) => {
  const started = performance.now()
  respond(req, res)
    .catch((error: unknown) => {
      console.error(error)
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify({ type: 'ServerError', message: 'Mock server failed' }))
      return 500
    })
    .then((status) => {
      // Say whether a token came, never what it was.
      const auth = req.headers.authorization ? 'auth: yes' : 'auth: none'
      log(`${req.method} ${req.url} → ${status} ${Math.round(performance.now() - started)}ms (${auth})`)
    })
})

server.listen(port, host, () => {
  log(`Demo Losant API on ${origin} (org ${LOSANT_DEMO_ORG_ID})`)
  log(`Demo UiPath API on ${origin}/uipath (GET /uipath/audit_/api/auditlogs)`)
  log(`Demo BloodHound API on ${origin}/bloodhound (GET /bloodhound/api/v2/audit)`)
})

function shutDown(): void {
  server.close(() => process.exit(0))
  server.closeAllConnections()
}
process.once('SIGINT', shutDown)
process.once('SIGTERM', shutDown)
