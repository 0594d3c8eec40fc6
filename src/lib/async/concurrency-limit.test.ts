import { afterEach, describe, expect, it, vi } from 'vitest'

import { createConcurrencyLimit } from './concurrency-limit'

function deferred() {
  let resolve!: () => void
  const promise = new Promise<void>((r) => (resolve = r))
  return { promise, resolve }
}

describe('createConcurrencyLimit', () => {
  it('never runs more than the limit at once, and runs everything in order', async () => {
    const run = createConcurrencyLimit(2)
    let active = 0
    let peak = 0
    const order: number[] = []
    const gates = Array.from({ length: 5 }, deferred)
    const all = gates.map((gate, i) =>
      run(async () => {
        active += 1
        peak = Math.max(peak, active)
        order.push(i)
        await gate.promise
        active -= 1
        return i
      }),
    )
    for (const gate of gates) {
      await Promise.resolve()
      gate.resolve()
    }
    expect(await Promise.all(all)).toEqual([0, 1, 2, 3, 4])
    expect(peak).toBe(2)
    expect(order).toEqual([0, 1, 2, 3, 4])
  })

  it('drops a waiting task whose signal aborts, and frees its place', async () => {
    const run = createConcurrencyLimit(1)
    const gate = deferred()
    const first = run(() => gate.promise)
    const controller = new AbortController()
    const second = run(async () => 'ran', controller.signal)
    const third = run(async () => 'third')
    controller.abort()
    await expect(second).rejects.toMatchObject({ name: 'AbortError' })
    gate.resolve()
    await first
    await expect(third).resolves.toBe('third')
  })

  it('frees its place when a task fails', async () => {
    const run = createConcurrencyLimit(1)
    await expect(run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    await expect(run(async () => 'next')).resolves.toBe('next')
  })

  describe('pauseFor', () => {
    afterEach(() => vi.useRealTimers())

    it('holds every task not yet started until the pause ends, then runs them in order', async () => {
      vi.useFakeTimers()
      const run = createConcurrencyLimit(2)
      const started: string[] = []
      run.pauseFor(5_000)
      const tasks = ['a', 'b', 'c'].map((name) => run(async () => void started.push(name)))
      await vi.advanceTimersByTimeAsync(4_000)
      run.pauseFor(500) // a pause ending sooner never shortens the one in force
      await vi.advanceTimersByTimeAsync(999)
      expect(started).toEqual([])
      await vi.advanceTimersByTimeAsync(1)
      await Promise.all(tasks)
      expect(started).toEqual(['a', 'b', 'c'])
    })

    it('extends a pause that a later answer asks for', async () => {
      vi.useFakeTimers()
      const run = createConcurrencyLimit(1)
      run.pauseFor(1_000)
      let ran = false
      const task = run(async () => void (ran = true))
      await vi.advanceTimersByTimeAsync(500)
      run.pauseFor(2_000)
      await vi.advanceTimersByTimeAsync(1_000)
      expect(ran, 'still paused at 1.5 s').toBe(false)
      await vi.advanceTimersByTimeAsync(1_000)
      await task
      expect(ran).toBe(true)
    })

    it('lets an aborted task leave while paused', async () => {
      vi.useFakeTimers()
      const run = createConcurrencyLimit(1)
      run.pauseFor(10_000)
      const controller = new AbortController()
      const task = run(async () => 'ran', controller.signal)
      controller.abort()
      await expect(task).rejects.toMatchObject({ name: 'AbortError' })
      run.pauseFor(0)
    })
  })
})
