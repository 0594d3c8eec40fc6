/**
 * msw checks its registered service worker for an update each time it starts
 * (`registration.update()`) and never handles that promise. When the check fails (the script is
 * briefly unreachable while a page is being replaced), the registered worker simply keeps
 * answering, yet the rejection surfaced as an uncaught page error. Only that rejection, for the
 * demo's own worker script, is marked handled; every other one still reaches the console.
 */
export function isFailedWorkerUpdate(reason: unknown, scriptUrl: string): boolean {
  if (typeof reason !== 'object' || reason === null || !('message' in reason)) return false
  const { message } = reason
  return (
    typeof message === 'string' && message.startsWith('Failed to update a ServiceWorker') && message.includes(scriptUrl)
  )
}

/** `scriptUrl` is absolute. Returns the handler's removal. */
export function ignoreFailedWorkerUpdates(target: EventTarget, scriptUrl: string): () => void {
  const onRejection = (event: Event) => {
    if (isFailedWorkerUpdate((event as PromiseRejectionEvent).reason, scriptUrl)) event.preventDefault()
  }
  target.addEventListener('unhandledrejection', onRejection)
  return () => target.removeEventListener('unhandledrejection', onRejection)
}
