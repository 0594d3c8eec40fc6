import type { KeyboardEvent } from 'react'

import { showMoreAndFocus, treeItems } from './tree-focus'
import type { TreeStore } from './tree-store'

/**
 * The WAI-ARIA tree keyboard model on the tree element: Up/Down move between visible items,
 * Right opens or enters, Left closes or goes to the parent, Home/End, Enter/Space activate.
 */
export function handleTreeKeyDown(event: KeyboardEvent<HTMLElement>, store: TreeStore): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return
  const tree = event.currentTarget
  const item = event.target
  // Keys pressed in a control inside an item (e.g. a full-text box) belong to that control.
  if (!(item instanceof HTMLElement) || item.getAttribute('role') !== 'treeitem') return
  const id = item.dataset.nodeId
  if (id === undefined) return
  const expandable = item.hasAttribute('aria-expanded')
  const expanded = item.getAttribute('aria-expanded') === 'true'

  switch (event.key) {
    case 'ArrowDown':
    case 'ArrowUp': {
      const items = treeItems(tree)
      items[items.indexOf(item) + (event.key === 'ArrowDown' ? 1 : -1)]?.focus()
      break
    }
    case 'Home':
      treeItems(tree)[0]?.focus()
      break
    case 'End':
      treeItems(tree).at(-1)?.focus()
      break
    case 'ArrowRight':
      if (expandable && !expanded) store.setExpanded(id, true)
      else if (expanded) item.querySelector<HTMLElement>(':scope > [role="group"] > [role="treeitem"]')?.focus()
      break
    case 'ArrowLeft':
      if (expanded) store.setExpanded(id, false)
      else item.parentElement?.closest<HTMLElement>('[role="treeitem"]')?.focus()
      break
    case 'Enter':
    case ' ': {
      const moreFor = item.dataset.moreFor
      if (moreFor !== undefined) showMoreAndFocus(tree, store, moreFor)
      else if (expandable) store.setExpanded(id, !expanded)
      else if (item.dataset.longString !== undefined) store.toggleFull(id)
      break
    }
    default:
      return
  }
  event.preventDefault()
}
