import type { InteractionAction, InteractionState } from './histogram-interaction'
import { initialInteraction, interactionReducer, selectionOf } from './histogram-interaction'

const run = (actions: InteractionAction[], from: InteractionState = initialInteraction('k')) =>
  actions.reduce(interactionReducer, from)

describe('interactionReducer', () => {
  it('extends a selection from the anchor and collapses it on a plain move', () => {
    const extended = run([
      { type: 'move', to: 3, extend: false, length: 10 },
      { type: 'move', to: 4, extend: true, length: 10 },
      { type: 'move', to: 1, extend: true, length: 10 },
    ])
    expect(selectionOf(extended, 10)).toEqual({ from: 1, to: 3 })
    expect(selectionOf(run([{ type: 'move', to: 5, extend: false, length: 10 }], extended), 10)).toBeNull()
  })

  it('clamps moves to the buckets', () => {
    expect(run([{ type: 'move', to: 99, extend: false, length: 10 }]).focused).toBe(9)
    expect(run([{ type: 'move', to: -1, extend: false, length: 10 }]).focused).toBe(0)
  })

  it('lets the keyboard take the tooltip over from a resting pointer', () => {
    const state = run([
      { type: 'hover', index: 2 },
      { type: 'move', to: 1, extend: true, length: 10 },
    ])
    expect(state.hovered).toBeNull()
    expect(state.focusVisible).toBe(true)
  })

  it('prefers the drag over the keyboard selection and forgets both on Escape', () => {
    const dragging = run([
      { type: 'move', to: 1, extend: true, length: 10 },
      { type: 'drag-start', index: 6 },
      { type: 'drag-move', index: 4 },
    ])
    expect(selectionOf(dragging, 10)).toEqual({ from: 4, to: 6 })
    const escaped = run([{ type: 'escape' }], dragging)
    expect(selectionOf(escaped, 10)).toBeNull()
    expect(escaped.tooltipDismissed).toBe(true)
  })

  it('ends a drag with focus where it was released, or where it began when cancelled', () => {
    const dragging = run([
      { type: 'drag-start', index: 6 },
      { type: 'drag-move', index: 2 },
    ])
    expect(run([{ type: 'drag-end', index: 2 }], dragging)).toMatchObject({ drag: null, focused: 2 })
    expect(run([{ type: 'drag-end', index: null }], dragging)).toMatchObject({ drag: null, focused: 6 })
  })

  it('starts a new range fresh but keeps the focused position, clamped', () => {
    const state = run([
      { type: 'move', to: 8, extend: false, length: 10 },
      { type: 'move', to: 9, extend: true, length: 10 },
      { type: 'reset', rangeKey: 'other', length: 5 },
    ])
    expect(state).toMatchObject({ rangeKey: 'other', focused: 4, anchor: null, drag: null })
  })

  it('returns the same state for no-op actions, so React skips the render', () => {
    const state = run([{ type: 'hover', index: 3 }])
    expect(interactionReducer(state, { type: 'hover', index: 3 })).toBe(state)
    expect(interactionReducer(state, { type: 'drag-move', index: 1 })).toBe(state)
    expect(interactionReducer(state, { type: 'committed' })).toBe(state)
  })
})
