import { flushSync } from 'react-dom'

import type { TreeStore } from './tree-store'
import { childId } from './tree-store'

// Collapsed subtrees are not rendered at all, so every treeitem in the DOM is a visible one and
// document order is visual order: navigation can simply walk the DOM.

export function treeItems(tree: Element): HTMLElement[] {
  return Array.from(tree.querySelectorAll<HTMLElement>('[role="treeitem"]'))
}

export function focusItem(tree: Element | null, id: string): void {
  tree?.querySelector<HTMLElement>(`[role="treeitem"][data-node-id="${id}"]`)?.focus()
}

/** Pages in the next children of `parentId` and moves focus to the first of them. */
export function showMoreAndFocus(tree: Element | null, store: TreeStore, parentId: string): void {
  const firstNew = store.limit(parentId)
  // Render now, so the new item exists to take focus before the "Show more" item goes away.
  flushSync(() => store.showMore(parentId))
  focusItem(tree, childId(parentId, firstNew))
}
