import { describe, expect, it } from 'vitest'

import { type AuditEvent, hasNextPage } from './audit-event'

const events = (n: number) => Array.from({ length: n }, (_, i) => ({ id: String(i) }) as AuditEvent)

describe('hasNextPage', () => {
  it("takes the source's word first, whatever the length of the page", () => {
    expect(hasNextPage({ events: events(3), hasMore: true }, 0, 50)).toBe(true)
    expect(hasNextPage({ events: events(50), hasMore: false }, 0, 50)).toBe(false)
    expect(hasNextPage({ events: events(3), hasMore: true, total: 3 }, 0, 50)).toBe(true)
  })

  it('then the total', () => {
    expect(hasNextPage({ events: events(50), total: 100 }, 0, 50)).toBe(true)
    expect(hasNextPage({ events: events(50), total: 100 }, 1, 50)).toBe(false)
    expect(hasNextPage({ events: events(10), total: 61 }, 1, 50)).toBe(false)
  })

  it('and only when the source says neither, a full page', () => {
    expect(hasNextPage({ events: events(50) }, 4, 50)).toBe(true)
    expect(hasNextPage({ events: events(49) }, 4, 50)).toBe(false)
  })
})
