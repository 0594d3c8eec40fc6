// The demo API's own thread. Building the datasets (thousands of seeded entries), filtering,
// sorting and writing JSON used to run on the page's main thread, where a phone-speed CPU spent
// about half a second of blocking time on them before the first rows. Here the same handlers
// answer the same requests, byte for byte; the page only forwards requests and bodies.
import './zod-without-eval'
import './worker-local-storage'

import type { RequestHandler } from 'msw'

import { pinDemoAnchor } from './demo-clock'
import { createVendorHandlers, demoBases } from './demo-handlers'
import { answerDemoRequest } from './demo-thread-answer'
import type { DemoThreadInit, DemoThreadReply, DemoThreadRequest } from './demo-thread-protocol'

/** The worker's global, typed by hand: the project compiles against the DOM library, not WebWorker. */
const thread = globalThis as unknown as {
  onmessage: ((event: MessageEvent<DemoThreadInit | DemoThreadRequest>) => void) | null
  postMessage(message: DemoThreadReply, transfer?: Transferable[]): void
}

let handlers: RequestHandler[] | undefined

thread.onmessage = (event) => {
  const message = event.data
  if (message.type === 'init') {
    pinDemoAnchor(new Date(message.anchorMs))
    handlers = createVendorHandlers(demoBases(message.origin))
    return
  }
  answerDemoRequest(handlers!, message).then(
    ({ reply, transfer }) => thread.postMessage(reply, transfer),
    (error: unknown) =>
      thread.postMessage({
        id: message.id,
        kind: 'error',
        message: error instanceof Error ? error.message : String(error),
      } satisfies DemoThreadReply),
  )
}
