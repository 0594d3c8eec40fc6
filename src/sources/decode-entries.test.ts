import { afterEach, describe, expect, it, vi } from 'vitest'

import type { AuditEvent } from './audit-event'
import { decodeEntries } from './decode-entries'

const event = (id: string): AuditEvent => ({ id, time: '', timeMs: 0, actor: {}, redactionCount: 0 }) as AuditEvent

/** Counts the tasks that ran since it started: a chain of zero-delay timers. */
function countTasks() {
  let tasks = 0
  let stopped = false
  const tick = () => {
    if (stopped) return
    tasks++
    setTimeout(tick, 0)
  }
  setTimeout(tick, 0)
  return { count: () => tasks, stop: () => (stopped = true) }
}

afterEach(() => vi.restoreAllMocks())

describe('decodeEntries', () => {
  it('decodes in order and turns an entry that cannot be read into a problem, keeping the rest', async () => {
    const items = ['a', 'bad', 'c']
    const result = await decodeEntries(
      items,
      (item) => {
        if (item === 'bad') throw new Error('not an entry')
        return event(item)
      },
      (item) => `id-${item}`,
    )
    expect(result.events.map((decoded) => decoded.id)).toEqual(['a', 'c'])
    expect(result.problems).toEqual([{ index: 1, id: 'id-bad', message: 'not an entry' }])
  })

  it('hands the main thread back once a slice of work is spent, and not before', async () => {
    let now = 0
    vi.spyOn(performance, 'now').mockImplementation(() => now)
    const tasks = countTasks()
    const seenIn: number[] = []
    // Each entry costs 5 ms: two fit in a slice, the third starts a new task.
    await decodeEntries(['a', 'b', 'c', 'd', 'e'], (item) => {
      seenIn.push(tasks.count())
      now += 5
      return event(item)
    })
    tasks.stop()
    expect(seenIn[0]).toBe(0)
    expect(seenIn[1]).toBe(seenIn[0])
    expect(seenIn[2]).toBeGreaterThan(seenIn[1]!)
    expect(seenIn[3]).toBe(seenIn[2])
    expect(seenIn[4]).toBeGreaterThan(seenIn[3]!)
  })

  it('decodes a cheap page in one task', async () => {
    vi.spyOn(performance, 'now').mockReturnValue(0)
    const tasks = countTasks()
    const seenIn: number[] = []
    await decodeEntries(['a', 'b', 'c'], (item) => {
      seenIn.push(tasks.count())
      return event(item)
    })
    tasks.stop()
    expect(seenIn).toEqual([0, 0, 0])
  })
})
