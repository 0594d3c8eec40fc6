import { describe, expect, it } from 'vitest'

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
})
