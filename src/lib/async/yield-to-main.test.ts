import { afterEach, describe, expect, it, vi } from 'vitest'

import { yieldToMain } from './yield-to-main'

describe('yieldToMain', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('continues in a new task (not a microtask), after a task already queued', async () => {
    vi.stubGlobal('scheduler', undefined)
    const order: string[] = []
    setTimeout(() => order.push('queued task'), 0)
    queueMicrotask(() => order.push('microtask'))
    await yieldToMain()
    order.push('after yield')
    expect(order).toEqual(['microtask', 'queued task', 'after yield'])
  })

  it('uses scheduler.yield where the browser has it', async () => {
    const schedulerYield = vi.fn(() => Promise.resolve())
    vi.stubGlobal('scheduler', { yield: schedulerYield })
    await yieldToMain()
    expect(schedulerYield).toHaveBeenCalledTimes(1)
  })
})
