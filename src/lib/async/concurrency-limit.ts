/**
 * Runs at most `limit` tasks at once; the rest wait in order. Used where one view needs many
 * small requests (filter counts, chart buckets) so a real server is not flooded.
 */
export function createConcurrencyLimit(limit: number) {
  let active = 0
  const waiting: (() => void)[] = []

  function release() {
    active -= 1
    waiting.shift()?.()
  }

  return async function run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
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
      return await task()
    } finally {
      release()
    }
  }
}
