import { clampIndex, normaliseSelection } from './histogram-scale'
import type { HistogramSelection } from './histogram-types'

/**
 * Interaction state of the histogram as a pure reducer: roving focus, keyboard selection
 * (anchor + focus), pointer drag, hover, and whether the tooltip shows for keyboard focus.
 */
export interface InteractionState {
  /** Identifies the bucket range the state belongs to; a new range starts fresh. */
  rangeKey: string
  /** The one bucket button in the tab order. */
  focused: number
  /** Start of a Shift+Arrow selection; the selection runs from here to `focused`. */
  anchor: number | null
  drag: { anchor: number; current: number } | null
  hovered: number | null
  /** Focus is inside the chart and arrived by keyboard, so the tooltip follows it. */
  focusVisible: boolean
  /** Escape hid the tooltip (WCAG 1.4.13) until focus or hover moves again. */
  tooltipDismissed: boolean
}

export type InteractionAction =
  | { type: 'reset'; rangeKey: string; length: number }
  | { type: 'move'; to: number; extend: boolean; length: number }
  | { type: 'focus'; index: number; visible: boolean }
  | { type: 'blur' }
  | { type: 'escape' }
  | { type: 'drag-start'; index: number }
  | { type: 'drag-move'; index: number }
  /** `index` is where the pointer was released, or null when the drag was cancelled. */
  | { type: 'drag-end'; index: number | null }
  | { type: 'hover'; index: number | null }
  | { type: 'committed' }

export function initialInteraction(rangeKey: string): InteractionState {
  return {
    rangeKey,
    focused: 0,
    anchor: null,
    drag: null,
    hovered: null,
    focusVisible: false,
    tooltipDismissed: false,
  }
}

export function interactionReducer(state: InteractionState, action: InteractionAction): InteractionState {
  switch (action.type) {
    case 'reset':
      // Keep the keyboard user's place (clamped) after a zoom; drop everything tied to old buckets.
      return {
        ...initialInteraction(action.rangeKey),
        focused: clampIndex(state.focused, action.length),
        focusVisible: state.focusVisible,
      }
    case 'move': {
      const to = clampIndex(action.to, action.length)
      const anchor = action.extend ? (state.anchor ?? state.focused) : null
      // The keyboard takes over from a pointer resting on the chart until the pointer moves.
      return { ...state, focused: to, anchor, hovered: null, focusVisible: true, tooltipDismissed: false }
    }
    case 'focus':
      if (state.focused === action.index && state.focusVisible === action.visible) return state
      return { ...state, focused: action.index, focusVisible: action.visible, tooltipDismissed: false }
    case 'blur':
      return state.focusVisible ? { ...state, focusVisible: false } : state
    case 'escape':
      return { ...state, anchor: null, drag: null, tooltipDismissed: true }
    case 'drag-start':
      return {
        ...state,
        drag: { anchor: action.index, current: action.index },
        focused: action.index,
        anchor: null,
        focusVisible: false,
      }
    case 'drag-move':
      if (state.drag === null || state.drag.current === action.index) return state
      return { ...state, drag: { ...state.drag, current: action.index }, hovered: action.index }
    case 'drag-end':
      if (state.drag === null) return state
      return { ...state, drag: null, focused: action.index ?? state.drag.anchor }
    case 'hover':
      if (state.hovered === action.index) return state
      return { ...state, hovered: action.index, tooltipDismissed: false }
    case 'committed':
      return state.anchor === null ? state : { ...state, anchor: null }
  }
}

/** The highlighted span: the drag while dragging, else the keyboard selection, else none. */
export function selectionOf(
  state: Pick<InteractionState, 'drag' | 'anchor' | 'focused'>,
  length: number,
): HistogramSelection | null {
  if (state.drag !== null) return normaliseSelection(state.drag.anchor, state.drag.current, length)
  if (state.anchor !== null) return normaliseSelection(state.anchor, state.focused, length)
  return null
}
