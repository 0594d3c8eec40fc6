import type { FocusEvent, KeyboardEvent, MouseEvent, PointerEvent } from 'react'
import { useMemo, useReducer, useRef } from 'react'

import { bucketIndexAtPointer, bucketIndexOf, focusBucket } from './histogram-dom'
import { initialInteraction, interactionReducer, selectionOf } from './histogram-interaction'
import { clampIndex, inSelection, normaliseSelection } from './histogram-scale'
import type { HistogramBucket, HistogramSelection } from './histogram-types'

interface Drag {
  pointerId: number
  anchor: number
  current: number
  rangeKey: string
}

/**
 * Keyboard and pointer behaviour of the bucket-button group. All handlers go on the group element
 * (event delegation), so the 30–60 buttons carry no per-button closures.
 *
 * Keyboard: Left/Right/Home/End move the roving focus, with Shift they extend a selection from an
 * anchor; Enter/Space (the button's native activation, so screen readers' synthetic clicks work
 * too) zoom to the selection or the focused bucket; Escape clears the selection.
 * Pointer: press, drag, release zooms to the dragged span; a click is a drag of one bucket.
 */
export function useHistogramInteraction(
  buckets: readonly HistogramBucket[],
  onSelectRange: (start: number, end: number) => void,
) {
  const length = buckets.length
  const rangeKey = `${length}:${buckets[0]?.start}:${buckets.at(-1)?.end}`
  const [stored, dispatch] = useReducer(interactionReducer, rangeKey, initialInteraction)
  // A new range (after a zoom, or new data) starts fresh — adjusted during render, not in an
  // effect, so no frame ever shows a selection that belongs to the previous buckets.
  if (stored.rangeKey !== rangeKey) dispatch({ type: 'reset', rangeKey, length })
  const state = stored.rangeKey === rangeKey ? stored : initialInteraction(rangeKey)

  const focused = clampIndex(state.focused, length)
  // Same object while the span is unchanged, so the memoised bars and buttons skip hover renders.
  const { drag, anchor } = state
  const selection = useMemo(() => selectionOf({ drag, anchor, focused }, length), [drag, anchor, focused, length])

  const dragRef = useRef<Drag | null>(null)
  // Pressing a button focuses it; such focus should not pop up the keyboard tooltip.
  const pointerPressRef = useRef(false)
  // The click that follows a pointer gesture must not zoom a second time.
  const swallowClickRef = useRef(false)

  const commit = (span: HistogramSelection) => {
    const first = buckets[span.from]
    const last = buckets[span.to]
    dispatch({ type: 'committed' })
    if (first !== undefined && last !== undefined) onSelectRange(first.start, last.end)
  }

  const endDrag = (index: number | null) => {
    dragRef.current = null
    pointerPressRef.current = false
    dispatch({ type: 'drag-end', index })
  }

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    swallowClickRef.current = false
    if (event.altKey || event.ctrlKey || event.metaKey) return
    const index = bucketIndexOf(event.target)
    if (index === null) return
    const move = (to: number) => {
      event.preventDefault()
      const target = clampIndex(to, length)
      dispatch({ type: 'move', to: target, extend: event.shiftKey, length })
      focusBucket(event.currentTarget, target)
    }
    switch (event.key) {
      case 'ArrowRight':
        return move(index + 1)
      case 'ArrowLeft':
        return move(index - 1)
      case 'Home':
        return move(0)
      case 'End':
        return move(length - 1)
      case 'Escape':
        if (dragRef.current !== null) {
          endDrag(null)
          // The release that ends this pointer press must not zoom after all.
          swallowClickRef.current = true
        } else if (state.anchor === null && (state.tooltipDismissed || !state.focusVisible)) return
        // Only swallow Escape when it did something here, so dialogs around us still get it.
        event.preventDefault()
        event.stopPropagation()
        dispatch({ type: 'escape' })
        return
    }
  }

  const onClick = (event: MouseEvent<HTMLElement>) => {
    const swallow = swallowClickRef.current
    swallowClickRef.current = false
    // detail > 0: a real pointer click, already handled on pointerup. detail 0: Enter/Space or
    // an assistive technology's synthetic click, which must zoom.
    if (swallow && event.detail > 0) return
    const index = bucketIndexOf(event.target)
    if (index === null) return
    commit(selection !== null && inSelection(selection, index) ? selection : { from: index, to: index })
  }

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    swallowClickRef.current = false
    if (event.button !== 0 || dragRef.current !== null) return
    const index = bucketIndexAtPointer(event, length)
    if (index === null) return
    dragRef.current = { pointerId: event.pointerId, anchor: index, current: index, rangeKey }
    pointerPressRef.current = true
    // Capture keeps pointermove/up coming to us when the pointer leaves the chart mid-drag.
    // (jsdom has no setPointerCapture, hence the guard.)
    const group = event.currentTarget
    if (typeof group.setPointerCapture === 'function') group.setPointerCapture(event.pointerId)
    dispatch({ type: 'drag-start', index })
  }

  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const drag = dragRef.current
    const index = bucketIndexAtPointer(event, length)
    if (drag !== null && drag.pointerId === event.pointerId) {
      if (index !== null && index !== drag.current) {
        drag.current = index
        dispatch({ type: 'drag-move', index })
      }
      return
    }
    if (event.pointerType !== 'touch') dispatch({ type: 'hover', index })
  }

  const onPointerUp = (event: PointerEvent<HTMLElement>) => {
    const drag = dragRef.current
    if (drag === null || drag.pointerId !== event.pointerId) return
    const index = bucketIndexAtPointer(event, length) ?? drag.current
    endDrag(index)
    // If the buckets changed under the drag (live refresh), its indices mean nothing any more.
    if (drag.rangeKey !== rangeKey) return
    swallowClickRef.current = true
    commit(normaliseSelection(drag.anchor, index, length))
  }

  const onPointerCancel = (event: PointerEvent<HTMLElement>) => {
    // pointercancel (e.g. the browser took over for scrolling) or capture lost without pointerup.
    if (dragRef.current !== null && dragRef.current.pointerId === event.pointerId) endDrag(null)
  }

  const onPointerLeave = () => dispatch({ type: 'hover', index: null })

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const index = bucketIndexOf(event.target)
    if (index !== null) dispatch({ type: 'focus', index, visible: !pointerPressRef.current })
  }

  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (!(event.relatedTarget instanceof Node) || !event.currentTarget.contains(event.relatedTarget)) {
      dispatch({ type: 'blur' })
    }
  }

  return {
    state,
    focused,
    selection,
    groupProps: {
      onKeyDown,
      onClick,
      onPointerDown,
      onPointerMove,
      onPointerUp,
      onPointerCancel,
      onLostPointerCapture: onPointerCancel,
      onPointerLeave,
      onFocus,
      onBlur,
    },
  }
}
