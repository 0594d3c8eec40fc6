// The messages between the page and the demo API's thread. Bodies travel as transferred
// ArrayBuffers, so a 5 MB answer is neither copied nor parsed on the page's main thread.

export interface DemoThreadInit {
  type: 'init'
  /** The page's origin: the vendors' demo bases hang off it. */
  origin: string
  /** demo-clock's anchor as the page sees it (session-kept, and under the page's clock). */
  anchorMs: number
}

export interface DemoThreadRequest {
  type: 'request'
  id: number
  method: string
  url: string
  headers: [string, string][]
  body: ArrayBuffer | null
}

export type DemoThreadReply =
  | { id: number; kind: 'response'; status: number; statusText: string; headers: [string, string][]; body: ArrayBuffer }
  /** No demo handler answers this address: the page lets the request through, as before. */
  | { id: number; kind: 'unhandled' }
  | { id: number; kind: 'error'; message: string }
