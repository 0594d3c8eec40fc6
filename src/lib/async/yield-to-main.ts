/**
 * Work between two `yieldToMain`s, ms: short enough to leave a frame room for input and paint,
 * and below a long task (50 ms) even on a phone four times slower than a laptop.
 */
export const SLICE_MS = 8

interface SchedulerWithYield {
  yield(): Promise<void>
}

/**
 * Ends the current task and continues in a new one, so the browser can paint and handle input in
 * between (e.g. between parsing a 5 MB body and redacting it, which together would block the page
 * for longer than one long task should). `scheduler.yield()` keeps the continuation ahead of other
 * queued tasks where the browser has it; elsewhere a macrotask does the same job.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler
  if (typeof scheduler?.yield === 'function') return scheduler.yield()
  return new Promise((resolve) => setTimeout(resolve, 0))
}
