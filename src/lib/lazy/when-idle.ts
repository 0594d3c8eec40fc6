/**
 * Runs `task` when the browser has nothing else to do (at the latest after `timeout` ms) and
 * returns a cancel function, e.g. to warm a chunk the user is likely to need next. Where there is
 * no idle callback (jsdom in tests) nothing runs: the work is an optimisation, never needed.
 */
export function whenIdle(task: () => void, timeout = 3_000): () => void {
  if (typeof requestIdleCallback !== 'function') return () => {}
  const handle = requestIdleCallback(task, { timeout })
  return () => cancelIdleCallback(handle)
}
