import { ignoreFailedWorkerUpdates, isFailedWorkerUpdate } from './ignore-failed-worker-update'

const SCRIPT = 'http://127.0.0.1:4173/mockServiceWorker.js'
// Chromium's words when the update check cannot fetch the script.
const updateFailure = new TypeError(
  `Failed to update a ServiceWorker for scope ('http://127.0.0.1:4173/') with script ('${SCRIPT}'): Not found`,
)

function rejection(reason: unknown): Event {
  return Object.assign(new Event('unhandledrejection', { cancelable: true }), { reason })
}

describe('ignoreFailedWorkerUpdates', () => {
  it("marks handled only the failed update check of the demo's own worker script", () => {
    const target = new EventTarget()
    const remove = ignoreFailedWorkerUpdates(target, SCRIPT)

    const ignored = rejection(updateFailure)
    target.dispatchEvent(ignored)
    expect(ignored.defaultPrevented).toBe(true)

    for (const reason of [
      new Error('Failed to fetch'),
      new TypeError(updateFailure.message.replaceAll(SCRIPT, 'http://127.0.0.1:4173/other-worker.js')),
      'Failed to update a ServiceWorker',
      undefined,
      { message: 42 },
    ]) {
      const kept = rejection(reason)
      target.dispatchEvent(kept)
      expect(kept.defaultPrevented, String(reason)).toBe(false)
    }

    remove()
    const afterRemoval = rejection(updateFailure)
    target.dispatchEvent(afterRemoval)
    expect(afterRemoval.defaultPrevented).toBe(false)
  })

  it('recognises the failure from a DOMException too', () => {
    expect(isFailedWorkerUpdate(new DOMException(updateFailure.message, 'InvalidStateError'), SCRIPT)).toBe(true)
  })
})
