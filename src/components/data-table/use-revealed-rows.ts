import { useEffect, useState } from 'react'

import { afterNextPaint, isActEnvironment } from '@/lib/lazy/after-paint'

/** The shortest a data row is on any screen: a step of rows is at least the window's height. */
const SHORTEST_ROW_PX = 48
const MIN_STEP = 8

function screenful(): number {
  return Math.max(MIN_STEP, Math.ceil(window.innerHeight / SHORTEST_ROW_PX))
}

/**
 * How many of a page's `count` rows to render: the first time the table fills, a screenful, then a
 * screenful more after each painted frame until all are in. Painting a page of 50 rows at once
 * held the first rows back behind ~40 nobody could see yet and blocked a phone's main thread for
 * ~250 ms (decision 009); revealed this way, the first screenful is painted alone and each step
 * is a short task of its own. Not a transition: the page's other updates (counts, prefetches)
 * kept interrupting it, and a click's own transition (a chip opening) then waited for the rows
 * to finish. The count only grows: once a page has filled, the pages after it (paging, sorting)
 * render whole over the one before. In a component test (`reveal` false by default there) every
 * row renders at once: an update from a frame would land outside `act()`.
 */
export function useRevealedRows(count: number, reveal: boolean = !isActEnvironment()): number {
  const [limit, setLimit] = useState(() => (reveal ? screenful() : Number.POSITIVE_INFINITY))
  useEffect(
    () => (limit < count ? afterNextPaint(() => setLimit((shown) => shown + screenful())) : undefined),
    [limit, count],
  )
  return limit
}
