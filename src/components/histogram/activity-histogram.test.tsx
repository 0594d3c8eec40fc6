import { fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import type { HistogramBucket } from './activity-histogram'
import { ActivityHistogram } from './activity-histogram'

const HOUR = 3_600_000
const T0 = Date.UTC(2024, 10, 3, 0)
const COUNTS = [3, 0, 87, 5, 12, 1, 40, 9, 0, 2]

const makeBuckets = (counts: (number | undefined)[] = COUNTS, t0 = T0): HistogramBucket[] =>
  counts.map((count, i) => ({ start: t0 + i * HOUR, end: t0 + (i + 1) * HOUR, count }))

const hhmm = (ms: number) => new Date(ms).toISOString().slice(11, 16)
const formatRange = (start: number, end: number) => `Nov 3, ${hhmm(start)} – ${hhmm(end)}`
const formatCount = (n: number) => new Intl.NumberFormat('en-US').format(n)

function setup(props: Partial<Parameters<typeof ActivityHistogram>[0]> = {}) {
  const onSelectRange = vi.fn()
  const buckets = props.buckets ?? makeBuckets()
  const utils = render(
    <ActivityHistogram
      label="Activity over time"
      buckets={buckets}
      formatRange={formatRange}
      formatCount={formatCount}
      onSelectRange={onSelectRange}
      {...props}
    />,
  )
  const group = () => screen.getByRole('group', { name: 'Activity over time' })
  const bars = () => within(group()).getAllByRole('button')
  const bar = (i: number) => {
    const b = bars()[i]
    if (b === undefined) throw new Error(`no bar ${i}`)
    return b
  }
  return { ...utils, buckets, onSelectRange, user: userEvent.setup(), group, bars, bar }
}

const pressed = (bars: HTMLElement[]) => bars.flatMap((b, i) => (b.getAttribute('aria-pressed') === 'true' ? [i] : []))

describe('ActivityHistogram', () => {
  it('is a figure with a visible caption and a summary of total and peak', () => {
    setup()
    const figure = screen.getByRole('figure', { name: 'Activity over time' })
    expect(figure).toHaveAccessibleDescription('159 entries · peak 87 at Nov 3, 02:00 – 03:00')
    expect(screen.getByText('Activity over time')).toBeVisible()
  })

  it('names every bucket button with its range and count', () => {
    const { bars } = setup()
    expect(bars()).toHaveLength(COUNTS.length)
    expect(screen.getByRole('button', { name: 'Nov 3, 00:00 – 01:00: 3 entries' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Nov 3, 01:00 – 02:00: 0 entries' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Nov 3, 02:00 – 03:00: 87 entries' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Nov 3, 05:00 – 06:00: 1 entry' })).toBeInTheDocument()
  })

  it('keeps the SVG bars out of the accessibility tree', () => {
    const { container } = setup()
    const svg = container.querySelector('svg')
    expect(svg).toHaveAttribute('aria-hidden', 'true')
    expect(svg?.querySelectorAll('rect.histogram-bar, rect.histogram-bar-zero')).toHaveLength(COUNTS.length)
    expect(svg?.querySelectorAll('rect.histogram-bar-zero')).toHaveLength(2)
  })

  it('puts a single bar in the tab order and moves it with the arrow keys, Home and End', async () => {
    const { user, bar, bars } = setup()
    await user.tab()
    expect(bar(0)).toHaveFocus()
    expect(bars().filter((b) => b.tabIndex === 0)).toEqual([bar(0)])

    await user.keyboard('{ArrowRight}')
    expect(bar(1)).toHaveFocus()
    expect(bars().filter((b) => b.tabIndex === 0)).toEqual([bar(1)])

    await user.keyboard('{End}')
    expect(bar(9)).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    expect(bar(9)).toHaveFocus()
    await user.keyboard('{Home}{ArrowLeft}')
    expect(bar(0)).toHaveFocus()

    await user.tab()
    expect(document.body).toHaveFocus()
    await user.tab({ shift: true })
    expect(bar(0)).toHaveFocus()
  })

  it('extends a selection with Shift+Arrow and zooms to it with Enter', async () => {
    const { user, bar, bars, buckets, onSelectRange } = setup()
    await user.tab()
    await user.keyboard('{ArrowRight}{ArrowRight}{Shift>}{ArrowRight}{ArrowRight}{/Shift}')
    expect(bar(4)).toHaveFocus()
    expect(pressed(bars())).toEqual([2, 3, 4])
    // The keyboard tooltip shows the span's total.
    expect(screen.getByText('Nov 3, 02:00 – 05:00')).toBeInTheDocument()
    expect(screen.getByText('104 entries')).toBeInTheDocument()

    await user.keyboard('{Enter}')
    expect(onSelectRange).toHaveBeenCalledTimes(1)
    expect(onSelectRange).toHaveBeenCalledWith(buckets[2]?.start, buckets[4]?.end)
    expect(pressed(bars())).toEqual([])
  })

  it('extends leftwards from the anchor too', async () => {
    const { user, buckets, onSelectRange } = setup()
    await user.tab()
    await user.keyboard('{End}{Shift>}{ArrowLeft}{/Shift}{Enter}')
    expect(onSelectRange).toHaveBeenCalledWith(buckets[8]?.start, buckets[9]?.end)
  })

  it('clears the selection with Escape, after which Enter zooms to the focused bucket only', async () => {
    const { user, bars, buckets, onSelectRange } = setup()
    await user.tab()
    await user.keyboard('{Shift>}{ArrowRight}{ArrowRight}{/Shift}')
    expect(pressed(bars())).toEqual([0, 1, 2])
    await user.keyboard('{Escape}')
    expect(pressed(bars())).toEqual([])
    expect(onSelectRange).not.toHaveBeenCalled()
    await user.keyboard('{Enter}')
    expect(onSelectRange).toHaveBeenCalledExactlyOnceWith(buckets[2]?.start, buckets[2]?.end)
  })

  it('lets Escape through when there is nothing to clear', async () => {
    const onOuterKey = vi.fn()
    const buckets = makeBuckets()
    render(
      <div onKeyDown={(e) => onOuterKey(e.key)}>
        <ActivityHistogram label="Chart" buckets={buckets} formatRange={formatRange} onSelectRange={() => {}} />
      </div>,
    )
    const user = userEvent.setup()
    await user.tab()
    await user.keyboard('{Escape}') // hides the keyboard tooltip: handled here
    await user.keyboard('{Escape}') // nothing left to do: belongs to the page
    expect(onOuterKey.mock.calls.filter(([key]) => key === 'Escape')).toHaveLength(1)
  })

  it('zooms to the focused bucket with Space', async () => {
    const { user, buckets, onSelectRange } = setup()
    await user.tab()
    await user.keyboard('{ArrowRight} ')
    expect(onSelectRange).toHaveBeenCalledExactlyOnceWith(buckets[1]?.start, buckets[1]?.end)
  })

  it('zooms to one bucket on a simple click, once', async () => {
    const { user, bar, buckets, onSelectRange } = setup()
    await user.click(bar(6))
    expect(onSelectRange).toHaveBeenCalledExactlyOnceWith(buckets[6]?.start, buckets[6]?.end)
    expect(bar(6)).toHaveFocus()
    expect(bar(6).tabIndex).toBe(0)
  })

  it('zooms on an assistive-technology click that comes with no pointer events', () => {
    const { bar, buckets, onSelectRange } = setup()
    fireEvent.click(bar(3))
    expect(onSelectRange).toHaveBeenCalledExactlyOnceWith(buckets[3]?.start, buckets[3]?.end)
  })

  it('zooms to the dragged span in either direction, highlighting it while dragging', () => {
    const { bar, bars, buckets, onSelectRange, container } = setup()
    fireEvent.pointerDown(bar(5), { button: 0, pointerId: 1 })
    fireEvent.pointerMove(bar(4), { pointerId: 1 })
    fireEvent.pointerMove(bar(2), { pointerId: 1 })
    expect(pressed(bars())).toEqual([2, 3, 4, 5])
    expect(container.querySelector('rect.histogram-selection')).toHaveAttribute('x', '2')
    expect(container.querySelectorAll('rect.is-selected')).toHaveLength(4)
    expect(screen.getByText('Release to zoom')).toBeInTheDocument()
    expect(onSelectRange).not.toHaveBeenCalled()

    fireEvent.pointerUp(bar(2), { pointerId: 1 })
    // A real browser follows pointerup with a click; it must not zoom a second time.
    fireEvent.click(bar(2), { detail: 1 })
    expect(onSelectRange).toHaveBeenCalledExactlyOnceWith(buckets[2]?.start, buckets[5]?.end)
    expect(container.querySelector('rect.histogram-selection')).toBeNull()
  })

  it('ends a drag released outside the chart at the nearest edge (pointer capture)', () => {
    const { bar, group, buckets, onSelectRange } = setup()
    // Under capture every event targets the group; the position decides the bucket.
    vi.spyOn(group(), 'getBoundingClientRect').mockReturnValue(
      DOMRect.fromRect({ x: 100, y: 0, width: 500, height: 96 }),
    )
    fireEvent.pointerDown(bar(3), { button: 0, pointerId: 7 })
    fireEvent.pointerMove(group(), { pointerId: 7, clientX: 900 })
    fireEvent.pointerUp(group(), { pointerId: 7, clientX: 900 })
    expect(onSelectRange).toHaveBeenCalledExactlyOnceWith(buckets[3]?.start, buckets[9]?.end)
  })

  it('cancels a drag on Escape and on pointercancel', async () => {
    const { bar, bars, onSelectRange } = setup()
    fireEvent.pointerDown(bar(1), { button: 0, pointerId: 1 })
    fireEvent.pointerMove(bar(3), { pointerId: 1 })
    fireEvent.keyDown(bar(1), { key: 'Escape' })
    expect(pressed(bars())).toEqual([])
    fireEvent.pointerUp(bar(3), { pointerId: 1 })
    fireEvent.click(bar(3), { detail: 1 })

    fireEvent.pointerDown(bar(4), { button: 0, pointerId: 2 })
    fireEvent.pointerMove(bar(6), { pointerId: 2 })
    fireEvent.pointerCancel(bar(6), { pointerId: 2 })
    expect(pressed(bars())).toEqual([])
    expect(onSelectRange).not.toHaveBeenCalled()
  })

  it('ignores presses of other mouse buttons', () => {
    const { bar, onSelectRange } = setup()
    fireEvent.pointerDown(bar(1), { button: 2, pointerId: 1 })
    fireEvent.pointerUp(bar(1), { pointerId: 1 })
    expect(onSelectRange).not.toHaveBeenCalled()
  })

  it('shows a tooltip with range and count for the hovered bar', () => {
    const { bar } = setup()
    fireEvent.pointerMove(bar(2), { pointerType: 'mouse' })
    expect(screen.getByText('Nov 3, 02:00 – 03:00')).toBeInTheDocument()
    expect(screen.getByText('87 entries')).toBeInTheDocument()
    fireEvent.pointerLeave(bar(2).parentElement as HTMLElement)
    expect(screen.queryByText('87 entries')).not.toBeInTheDocument()
  })

  it('labels loading buckets as loading and draws placeholders at the same height', () => {
    const { bar, container, rerender, onSelectRange } = setup({ buckets: makeBuckets([4, undefined, undefined]) })
    expect(screen.getByRole('button', { name: 'Nov 3, 01:00 – 02:00: … loading' })).toBe(bar(1))
    expect(container.querySelectorAll('rect.histogram-bar-loading')).toHaveLength(2)
    expect(screen.getByRole('figure')).toHaveTextContent('At least 4 entries · loading…')
    const plot = container.querySelector('.histogram-plot')
    expect(plot).toHaveStyle({ height: '96px' })

    rerender(
      <ActivityHistogram
        label="Activity over time"
        buckets={makeBuckets([undefined, undefined, undefined])}
        formatRange={formatRange}
        onSelectRange={onSelectRange}
      />,
    )
    expect(screen.getByRole('figure')).toHaveTextContent('Loading…')
    expect(container.querySelector('.histogram-plot')).toBe(plot)
    expect(plot).toHaveStyle({ height: '96px' })
  })

  it('says so when the range is empty', () => {
    setup({ buckets: makeBuckets([0, 0, 0]) })
    expect(screen.getByRole('figure')).toHaveTextContent('No entries in this range')
  })

  it('replaces the bars with an error message, keeping the height', () => {
    const { container } = setup({ error: 'Could not load activity.', height: 120 })
    expect(screen.getByRole('status')).toHaveTextContent('Could not load activity.')
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
    expect(container.querySelector('svg')).toBeNull()
    expect(container.querySelector('.histogram-plot')).toHaveStyle({ height: '120px' })
  })

  it('drops a selection and keeps the focused position when the range changes', async () => {
    const { user, bar, bars, rerender, onSelectRange } = setup()
    await user.tab()
    await user.keyboard('{End}{Shift>}{ArrowLeft}{/Shift}')
    expect(pressed(bars())).toEqual([8, 9])
    rerender(
      <ActivityHistogram
        label="Activity over time"
        buckets={makeBuckets([1, 2, 3, 4, 5], T0 + 100 * HOUR)}
        formatRange={formatRange}
        onSelectRange={onSelectRange}
      />,
    )
    expect(pressed(bars())).toEqual([])
    expect(bars().filter((b) => b.tabIndex === 0)).toEqual([bar(4)])
  })

  it('renders 60 buckets', () => {
    const counts = Array.from({ length: 60 }, (_, i) => (i * 37) % 101)
    const { bars, container } = setup({ buckets: makeBuckets(counts) })
    expect(bars()).toHaveLength(60)
    expect(container.querySelector('svg')).toHaveAttribute('viewBox', '0 0 60 96')
  })
})
