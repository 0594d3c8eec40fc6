import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { formatDateTime } from '@/lib/format/format-time'

import { ListCellContext } from './list-cell-context'
import { TimeCell } from './time-cell'

const TIME = Date.parse('2026-03-04T05:06:07.000Z')

function renderCell(ms = TIME) {
  render(
    <ListCellContext value={{ zone: 'utc', listSearch: '?page=2', filterBy: () => {}, canFilterBy: () => false }}>
      <TimeCell id="e1" iso="2026-03-04T05:06:07.000Z" ms={ms} />
    </ListCellContext>,
  )
  return screen.getByRole('link')
}

describe('TimeCell', () => {
  afterEach(() => vi.useRealTimers())

  it('links to the entry with the list search kept and shows the time in the list zone', () => {
    const link = renderCell()
    expect(link).toHaveAttribute('href', '/settings/audit-logs/e1?page=2')
    expect(link).toHaveTextContent(formatDateTime(TIME, 'utc'))
  })

  it('writes the UTC, local and relative forms when pointed at, relative to that moment', async () => {
    vi.useFakeTimers({ now: TIME + 5 * 60_000, toFake: ['Date'] })
    const link = renderCell()
    expect(link).not.toHaveAttribute('title')
    await userEvent.hover(link)
    expect(link.title.split('\n')).toEqual([
      formatDateTime(TIME, 'utc'),
      `${formatDateTime(TIME, 'local')} (local)`,
      '5 minutes ago',
    ])
    vi.setSystemTime(TIME + 2 * 3_600_000)
    await userEvent.unhover(link)
    await userEvent.hover(link)
    expect(link.title).toMatch(/2 hours ago$/)
  })

  it('writes them when focused from the keyboard', async () => {
    const link = renderCell()
    await userEvent.tab()
    expect(link).toHaveFocus()
    expect(link.title).toContain(formatDateTime(TIME, 'utc'))
  })

  it('has no tooltip for a time the entry does not give', async () => {
    const link = renderCell(Number.NaN)
    await userEvent.hover(link)
    expect(link).not.toHaveAttribute('title')
    expect(link).toHaveTextContent('Unknown time')
  })
})
