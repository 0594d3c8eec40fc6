import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { afterNextPaint, usePaintedOnce } from './after-paint'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

/** Animation frames run only when the test says a frame begins. */
function stubFrames() {
  const frames = new Map<number, FrameRequestCallback>()
  let next = 0
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.set(++next, callback)
    return next
  })
  vi.stubGlobal('cancelAnimationFrame', (handle: number) => frames.delete(handle))
  return () => {
    const due = [...frames.values()]
    frames.clear()
    due.forEach((callback) => callback(performance.now()))
  }
}

describe('afterNextPaint', () => {
  it('runs the task in a task posted from the next frame, not in the frame itself', () => {
    vi.useFakeTimers()
    const frame = stubFrames()
    const task = vi.fn()
    afterNextPaint(task)
    vi.runAllTimers()
    expect(task, 'nothing before the frame').not.toHaveBeenCalled()
    frame()
    expect(task, 'not inside the frame (before its paint)').not.toHaveBeenCalled()
    vi.runAllTimers()
    expect(task).toHaveBeenCalledTimes(1)
  })

  it('can be cancelled before or after the frame', () => {
    vi.useFakeTimers()
    const frame = stubFrames()
    const early = vi.fn()
    afterNextPaint(early)()
    frame()
    vi.runAllTimers()
    expect(early).not.toHaveBeenCalled()

    const late = vi.fn()
    const cancel = afterNextPaint(late)
    frame()
    cancel()
    vi.runAllTimers()
    expect(late).not.toHaveBeenCalled()
  })
})

describe('usePaintedOnce', () => {
  it('turns true one painted frame after the content is shown, and stays true', () => {
    vi.useFakeTimers()
    const frame = stubFrames()
    const { result, rerender } = renderHook(({ shown }) => usePaintedOnce(shown, true), {
      initialProps: { shown: false },
    })
    act(() => {
      frame()
      vi.runAllTimers()
    })
    expect(result.current, 'nothing shown yet').toBe(false)

    rerender({ shown: true })
    expect(result.current).toBe(false)
    act(() => frame())
    expect(result.current, 'the frame that paints it').toBe(false)
    act(() => vi.runAllTimers())
    expect(result.current).toBe(true)

    rerender({ shown: false })
    expect(result.current, 'a later load does not hold it back').toBe(true)
  })

  it('in a component test, turns true with the render that shows the content', () => {
    const { result, rerender } = renderHook(({ shown }) => usePaintedOnce(shown), { initialProps: { shown: false } })
    expect(result.current).toBe(false)
    rerender({ shown: true })
    expect(result.current).toBe(true)
  })
})
