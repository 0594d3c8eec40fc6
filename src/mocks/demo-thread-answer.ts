// The demo API's thread, minus the thread: turns a forwarded request into the handlers' answer.
import { getResponse, type RequestHandler } from 'msw'

import type { DemoThreadReply, DemoThreadRequest } from './demo-thread-protocol'

/** One request, answered by the demo handlers, with its body ready to transfer. */
export async function answerDemoRequest(
  handlers: RequestHandler[],
  message: DemoThreadRequest,
): Promise<{ reply: DemoThreadReply; transfer: Transferable[] }> {
  const request = new Request(message.url, {
    method: message.method,
    headers: message.headers,
    body: message.body,
  })
  const response = await getResponse(handlers, request)
  if (!response) return { reply: { id: message.id, kind: 'unhandled' }, transfer: [] }
  const body = await response.arrayBuffer()
  const reply: DemoThreadReply = {
    id: message.id,
    kind: 'response',
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers],
    body,
  }
  return { reply, transfer: [body] }
}
