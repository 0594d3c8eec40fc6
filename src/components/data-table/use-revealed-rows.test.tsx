import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { useRevealedRows } from './use-revealed-rows'

/** A table whose body is not in the document (yet): its place is unknown. */
const noBody = { current: null }

/** An IntersectionObserver that reports its target's top at `top` once a test calls `report`. */
function stubIntersectionObserver(top: number) {
  const observers: { callback: IntersectionObserverCallback; target?: Element; disconnected: boolean }[] = []
  class StubObserver {
    private readonly record: (typeof observers)[number]
    constructor(callback: IntersectionObserverCallback) {
      this.record = { callback, disconnected: false }
      observers.push(this.record)
    }
    observe(target: Element) {
      this.record.target = target
    }
    disconnect() {
      this.record.disconnected = true
    }
  }
  vi.stubGlobal('IntersectionObserver', StubObserver)
  return {
    observers,
    report: () =>
      act(() => {
        for (const observer of observers.filter((candidate) => !candidate.disconnected && candidate.target)) {
          const entry = { boundingClientRect: { top }, target: observer.target } as unknown as IntersectionObserverEntry
          observer.callback([entry], observer as unknown as IntersectionObserver)
        }
      }),
  }
}

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
    const { result, rerender } = renderHook(({ count }) => useRevealedRows(count, noBody, true), {
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
    const { result, rerender } = renderHook(({ count }) => useRevealedRows(count, noBody, true), {
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
    const { result } = renderHook(() => useRevealedRows(50, noBody, true))
    expect(result.current).toBe(8)
  })

  it('stops asking for frames when the page is smaller than a step', () => {
    const { result } = renderHook(() => useRevealedRows(5, noBody, true))
    expect(result.current).toBe(10)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('starts with the rows that fit below the top of the table body, measured while loading', () => {
    const layout = stubIntersectionObserver(336)
    const body = { current: document.createElement('tbody') }
    const { result, rerender } = renderHook(({ count }) => useRevealedRows(count, body, true), {
      initialProps: { count: 0 },
    })
    layout.report()
    // (480 − 336) px at 48 px a row: 3 rows are in view.
    expect(result.current).toBe(3)
    rerender({ count: 25 })
    expect(result.current).toBe(3)
    expect(layout.observers.every((observer) => observer.disconnected)).toBe(true)
    nextFrame()
    expect(result.current).toBe(13)
  })

  it('starts with a few rows when the table body is below the window, and a screenful at most', () => {
    const below = stubIntersectionObserver(900)
    const { result: low } = renderHook(() => useRevealedRows(0, { current: document.createElement('tbody') }, true))
    below.report()
    expect(low.current).toBe(3)
    const above = stubIntersectionObserver(-200)
    const { result: high } = renderHook(() => useRevealedRows(0, { current: document.createElement('tbody') }, true))
    above.report()
    expect(high.current).toBe(10)
  })

  it('does not measure again once rows were shown: a later loading state keeps the count', () => {
    const layout = stubIntersectionObserver(336)
    const body = { current: document.createElement('tbody') }
    const { result, rerender } = renderHook(({ count }) => useRevealedRows(count, body, true), {
      initialProps: { count: 15 },
    })
    rerender({ count: 0 })
    layout.report()
    expect(layout.observers).toEqual([])
    expect(result.current).toBe(10)
  })

  it('renders every row at once in a component test', () => {
    const { result } = renderHook(() => useRevealedRows(50, noBody))
    expect(result.current).toBeGreaterThanOrEqual(50)
  })
})
