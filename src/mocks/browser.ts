// Starts the demo API when no real API is configured: the msw service worker catches the page's
// requests to /demo-api/…, and a dedicated worker thread (demo-api.worker.ts) answers them, so
// the page's main thread neither builds the datasets nor writes their JSON.
import { http, passthrough } from 'msw'
import { setupWorker } from 'msw/browser'

import { demoAnchor } from './demo-clock'
import type { DemoThreadReply, DemoThreadRequest } from './demo-thread-protocol'
import { ignoreFailedWorkerUpdates } from './ignore-failed-worker-update'

const DEMO_API_PREFIX = '/demo-api/'
const SERVICE_WORKER_SCRIPT = '/mockServiceWorker.js'

function startDemoThread(origin: string) {
  const thread = new Worker(new URL('./demo-api.worker.ts', import.meta.url), { type: 'module', name: 'demo-api' })
  const waiting = new Map<number, (reply: DemoThreadReply) => void>()
  let lastId = 0
  thread.onmessage = (event: MessageEvent<DemoThreadReply>) => {
    waiting.get(event.data.id)?.(event.data)
    waiting.delete(event.data.id)
  }
  // Datasets are built on the first request, not here, so start-up stays quick.
  thread.postMessage({ type: 'init', origin, anchorMs: demoAnchor().getTime() })

  return async function ask(request: Request): Promise<DemoThreadReply> {
    const id = ++lastId
    const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer()
    const message: DemoThreadRequest = {
      type: 'request',
      id,
      method: request.method,
      url: request.url,
      headers: [...request.headers],
      body,
    }
    return new Promise((resolve) => {
      waiting.set(id, resolve)
      thread.postMessage(message, body ? [body] : [])
    })
  }
}

let updateFailuresIgnored = false

export async function startDemoWorker(): Promise<void> {
  // Once per page, though a failed start is tried again.
  if (!updateFailuresIgnored) ignoreFailedWorkerUpdates(window, new URL(SERVICE_WORKER_SCRIPT, location.href).href)
  updateFailuresIgnored = true
  const ask = startDemoThread(location.origin)
  const worker = setupWorker(
    http.all(`${location.origin}${DEMO_API_PREFIX}*`, async ({ request }) => {
      const reply = await ask(request)
      if (reply.kind === 'unhandled') return passthrough()
      if (reply.kind === 'error') throw new Error(reply.message)
      return new Response(reply.body, { status: reply.status, statusText: reply.statusText, headers: reply.headers })
    }),
  )
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: SERVICE_WORKER_SCRIPT },
  })
}
