import { afterEach, describe, expect, it, vi } from 'vitest'

import { whenIdle } from './when-idle'

afterEach(() => vi.unstubAllGlobals())

describe('whenIdle', () => {
  it('runs the task from an idle callback, with a deadline, and can cancel it', () => {
    const callbacks = new Map<number, () => void>()
    const requestIdleCallback = vi.fn((callback: () => void, options?: IdleRequestOptions) => {
      callbacks.set(callbacks.size + 1, callback)
      expect(options?.timeout).toBe(3_000)
      return callbacks.size
    })
    const cancelIdleCallback = vi.fn((handle: number) => callbacks.delete(handle))
    vi.stubGlobal('requestIdleCallback', requestIdleCallback)
    vi.stubGlobal('cancelIdleCallback', cancelIdleCallback)

    const task = vi.fn()
    whenIdle(task)
    expect(task).not.toHaveBeenCalled()
    callbacks.get(1)?.()
    expect(task).toHaveBeenCalledTimes(1)

    const other = vi.fn()
    const cancel = whenIdle(other)
    cancel()
    expect(cancelIdleCallback).toHaveBeenCalledWith(2)
    expect(callbacks.has(2)).toBe(false)
    expect(other).not.toHaveBeenCalled()
  })

  it('does nothing where the browser has no idle callback', () => {
    vi.stubGlobal('requestIdleCallback', undefined)
    const task = vi.fn()
    const cancel = whenIdle(task)
    expect(() => cancel()).not.toThrow()
    expect(task).not.toHaveBeenCalled()
  })
})
