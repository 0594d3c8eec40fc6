/**
 * Runs at most `limit` tasks at once; the rest wait in order. Used where one view needs many
 * small requests (filter counts, chart buckets) so a real server is not flooded. `pauseFor`
 * holds every task not yet started (e.g. for a 429's Retry-After): the server asked all of them
 * to wait, not only the one it answered.
 */
export function createConcurrencyLimit(limit: number, now: () => number = Date.now) {
  let active = 0
  /** One timer for every paused task, so they resume together and in their order. */
  let pause: { until: number; over: Promise<void> } | undefined
  const waiting: (() => void)[] = []

  function release() {
    active -= 1
    waiting.shift()?.()
  }

  function untilOver(over: Promise<void>, signal?: AbortSignal): Promise<void> {
    if (!signal) return over
    return new Promise<void>((resolve, reject) => {
      const cancel = () => reject(signal.reason ?? new DOMException('Aborted', 'AbortError'))
      if (signal.aborted) return cancel()
      signal.addEventListener('abort', cancel, { once: true })
      void over.then(() => {
        signal.removeEventListener('abort', cancel)
        resolve()
      })
    })
  }

  async function run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (active >= limit) {
      await new Promise<void>((resolve, reject) => {
        const start = () => {
          signal?.removeEventListener('abort', cancel)
          resolve()
        }
        const cancel = () => {
          const index = waiting.indexOf(start)
          if (index !== -1) waiting.splice(index, 1)
          reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'))
        }
        signal?.addEventListener('abort', cancel, { once: true })
        waiting.push(start)
      })
    }
    active += 1
    try {
      // A pause that began while this task waited (or was extended meanwhile) is honoured too.
      while (pause && pause.until > now()) await untilOver(pause.over, signal)
      return await task()
    } finally {
      release()
    }
  }

  /** Holds tasks not yet started until `ms` from now (never shortens a longer pause). */
  function pauseFor(ms: number): void {
    const until = now() + ms
    if (pause && pause.until >= until) return
    pause = { until, over: new Promise<void>((resolve) => setTimeout(resolve, ms)) }
  }

  return Object.assign(run, { pauseFor })
}

export type ConcurrencyLimit = ReturnType<typeof createConcurrencyLimit>
