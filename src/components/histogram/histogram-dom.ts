import type { PointerEvent } from 'react'

import { indexAtOffset } from './histogram-scale'

/** DOM helpers for the bucket-button group: which bucket an event is about, and focusing one. */

/** The bucket index of the button an event came from, or null for anything else. */
export function bucketIndexOf(target: EventTarget | null): number | null {
  if (!(target instanceof Element)) return null
  const button = target.closest<HTMLElement>('[data-index]')
  const index = Number(button?.dataset.index)
  return button && Number.isInteger(index) ? index : null
}

/**
 * The bucket under the pointer. While the group holds pointer capture every event targets the
 * group itself, so the position decides (clamped, so a drag past either end selects to the edge);
 * otherwise the button the event came from does — which is also what works in jsdom, which does
 * no layout.
 */
export function bucketIndexAtPointer(event: PointerEvent<HTMLElement>, length: number): number | null {
  const fromTarget = bucketIndexOf(event.target)
  if (fromTarget !== null && event.target !== event.currentTarget) return fromTarget
  const rect = event.currentTarget.getBoundingClientRect()
  if (!(rect.width > 0)) return null
  return indexAtOffset(event.clientX - rect.left, rect.width, length)
}

export function focusBucket(group: HTMLElement, index: number): void {
  group.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus()
}
