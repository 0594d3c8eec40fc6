import { useEffect, useState } from 'react'

/**
 * Runs `task` just after the browser has painted the next frame: an animation frame callback runs
 * before that frame's paint, a task posted from it runs after. Returns a cancel function. Work
 * that must not weigh on a frame (prefetches, below-the-fold widgets, warming chunks) waits here.
 */
export function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(task, 0)
    return () => clearTimeout(timer)
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0)
  })
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}

/** Where React expects every update inside `act()` (component tests): there are no frames there. */
export function isActEnvironment(): boolean {
  return (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT === true
}

/**
 * False until `shown` has been true through one painted frame, then true for good: what was on
 * screen has been drawn once, and what waits for it may start. Later changes of `shown` (a next
 * page loading) do not hold it back again. In a component test (`waitForPaint` false by default
 * there) it turns true in the render that shows the content: an update from a timer would land
 * outside `act()`.
 */
export function usePaintedOnce(shown: boolean, waitForPaint: boolean = !isActEnvironment()): boolean {
  const [painted, setPainted] = useState(false)
  if (!waitForPaint && shown && !painted) setPainted(true)
  useEffect(
    () => (waitForPaint && shown && !painted ? afterNextPaint(() => setPainted(true)) : undefined),
    [waitForPaint, shown, painted],
  )
  return painted
}
