import type { RefObject } from 'react'
import { useEffect, useRef, useState } from 'react'

import { afterNextPaint, isActEnvironment } from '@/lib/lazy/after-paint'

/** The shortest a data row is on any screen: a step of rows is at least the window's height. */
const SHORTEST_ROW_PX = 48
const MIN_STEP = 8

/** The first step when the table's body starts below the window's bottom, or where it starts is not known. */
const MIN_FIRST_STEP = 3

function screenful(): number {
  return Math.max(MIN_STEP, Math.ceil(window.innerHeight / SHORTEST_ROW_PX))
}

/** The rows that fit between `top` (the table body's, in the viewport) and the window's bottom. */
function rowsBelow(top: number): number {
  const free = window.innerHeight - Math.max(0, top)
  return Math.min(screenful(), Math.max(MIN_FIRST_STEP, Math.ceil(free / SHORTEST_ROW_PX)))
}

/**
 * How many of a page's `count` rows to render: the first time the table fills, the rows the window
 * shows below the top of the table's `body`, then a screenful more after each painted frame until
 * all are in. Where the body starts is learnt from the browser's own layout while the page loads;
 * when the rows come first (the list opens again from the cache), asking for it would force a
 * layout, and the first step is a few rows. The toolbar, chips and chart above the table fill
 * most of the first screen, on a phone nearly all of it: the first step is a handful of rows, not
 * the 17 a whole window holds. Painting a page of 50 rows at once held the first rows back behind
 * ~40 nobody could see yet and blocked a phone's main thread for ~250 ms (decision 009); revealed
 * this way, the rows in view are painted alone and each step is a task of its own. Not a
 * transition: the page's other updates (counts, prefetches) kept interrupting it, and a click's
 * own transition (a chip opening) then waited for the rows to finish. The count only grows: once
 * a page has filled, the pages after it (paging, sorting) render whole over the one before. In a
 * component test (`reveal` false by default there) every row renders at once: an update from a
 * frame would land outside `act()`.
 */
export function useRevealedRows(
  count: number,
  body: RefObject<HTMLElement | null>,
  reveal: boolean = !isActEnvironment(),
): number {
  const [limit, setLimit] = useState(reveal ? MIN_FIRST_STEP : Number.POSITIVE_INFINITY)
  const loading = count === 0
  const hadRows = useRef(false)
  useEffect(() => {
    if (count > 0) hadRows.current = true
  }, [count])
  // Only before the first rows: from there the count only grows.
  useEffect(() => {
    const element = body.current
    if (!reveal || !loading || hadRows.current || !element || typeof IntersectionObserver === 'undefined') return
    // Where the rows will start, learnt while the page loads. An IntersectionObserver reports the
    // body's box after the browser's own layout; asking for it here would force one more.
    const observer = new IntersectionObserver(([entry]) => {
      observer.disconnect()
      if (entry) setLimit(rowsBelow(entry.boundingClientRect.top))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [reveal, loading, body])
  useEffect(
    () => (limit < count ? afterNextPaint(() => setLimit((shown) => shown + screenful())) : undefined),
    [limit, count],
  )
  return limit
}
