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

  it('shows a few rows first when the table was not laid out yet, then a screenful more after each frame', () => {
    const { result, rerender } = renderHook(({ count }) => useRevealedRows(count, noBody, true), {
      initialProps: { count: 0 },
    })
    rerender({ count: 25 })
    expect(result.current).toBe(3)
    // 480 px at 48 px a row: 10 rows fill the window.
    nextFrame()
    expect(result.current).toBe(13)
    nextFrame()
    expect(result.current).toBe(23)
    nextFrame()
    expect(result.current).toBe(33)
    nextFrame()
    expect(result.current).toBe(33)
  })

  it('renders later pages whole once a page has filled, a loading state between them included', () => {
    const { result, rerender } = renderHook(({ count }) => useRevealedRows(count, noBody, true), {
      initialProps: { count: 15 },
    })
    nextFrame()
    nextFrame()
    expect(result.current).toBe(23)
    rerender({ count: 0 })
    rerender({ count: 15 })
    expect(result.current).toBe(23)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('steps at least 8 rows on a very short window', () => {
    vi.stubGlobal('innerHeight', 100)
    const { result } = renderHook(() => useRevealedRows(50, noBody, true))
    nextFrame()
    expect(result.current).toBe(11)
  })

  it('stops asking for frames when the page is smaller than a step', () => {
    const { result } = renderHook(() => useRevealedRows(2, noBody, true))
    expect(result.current).toBe(3)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('starts with the rows that fit below the top of the table body, measured while loading', () => {
    const layout = stubIntersectionObserver(240)
    const body = { current: document.createElement('tbody') }
    const { result, rerender } = renderHook(({ count }) => useRevealedRows(count, body, true), {
      initialProps: { count: 0 },
    })
    layout.report()
    // (480 − 240) px at 48 px a row: 5 rows are in view.
    expect(result.current).toBe(5)
    rerender({ count: 25 })
    expect(result.current).toBe(5)
    expect(layout.observers.every((observer) => observer.disconnected)).toBe(true)
    nextFrame()
    expect(result.current).toBe(15)
  })

  it('starts with a few rows when the rows come before the table was laid out, and asks for no layout', () => {
    const layout = stubIntersectionObserver(240)
    const body = { current: document.createElement('tbody') }
    const { result, rerender } = renderHook(({ count }) => useRevealedRows(count, body, true), {
      initialProps: { count: 0 },
    })
    rerender({ count: 50 })
    layout.report()
    expect(result.current).toBe(3)
    expect(layout.observers.every((observer) => observer.disconnected)).toBe(true)
    const { result: mounted } = renderHook(() => useRevealedRows(50, body, true))
    expect(mounted.current, 'a table that mounts with its rows').toBe(3)
    expect(layout.observers).toHaveLength(1)
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
    const layout = stubIntersectionObserver(240)
    const body = { current: document.createElement('tbody') }
    const { result, rerender } = renderHook(({ count }) => useRevealedRows(count, body, true), {
      initialProps: { count: 15 },
    })
    rerender({ count: 0 })
    layout.report()
    expect(layout.observers).toEqual([])
    expect(result.current).toBe(3)
  })

  it('renders every row at once in a component test', () => {
    const { result } = renderHook(() => useRevealedRows(50, noBody))
    expect(result.current).toBeGreaterThanOrEqual(50)
  })
})
