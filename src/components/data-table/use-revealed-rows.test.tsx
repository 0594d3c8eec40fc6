import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { useRevealedRows } from './use-revealed-rows'

/** Lets the frames and the tasks after them run, as a browser would between paints. */
function nextFrame() {
  act(() => void vi.advanceTimersByTime(20))
}

describe('useRevealedRows', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.stubGlobal('innerHeight', 480)
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('shows a screenful first, then a screenful more after each painted frame', () => {
    const { result, rerender } = renderHook(({ count }) => useRevealedRows(count, true), {
      initialProps: { count: 0 },
    })
    // 480 px at 48 px a row: 10 rows fill the window.
    expect(result.current).toBe(10)
    rerender({ count: 25 })
    expect(result.current).toBe(10)
    nextFrame()
    expect(result.current).toBe(20)
    nextFrame()
    expect(result.current).toBe(30)
    nextFrame()
    expect(result.current).toBe(30)
  })

  it('renders later pages whole once a page has filled, a loading state between them included', () => {
    const { result, rerender } = renderHook(({ count }) => useRevealedRows(count, true), {
      initialProps: { count: 15 },
    })
    nextFrame()
    expect(result.current).toBe(20)
    rerender({ count: 0 })
    rerender({ count: 15 })
    expect(result.current).toBe(20)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('shows at least 8 rows on a very short window', () => {
    vi.stubGlobal('innerHeight', 100)
    const { result } = renderHook(() => useRevealedRows(50, true))
    expect(result.current).toBe(8)
  })

  it('stops asking for frames when the page is smaller than a step', () => {
    const { result } = renderHook(() => useRevealedRows(5, true))
    expect(result.current).toBe(10)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('renders every row at once in a component test', () => {
    const { result } = renderHook(() => useRevealedRows(50))
    expect(result.current).toBeGreaterThanOrEqual(50)
  })
})
