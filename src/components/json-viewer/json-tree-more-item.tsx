import { entryMessages } from '@/lib/i18n/entry-messages'

import { showMoreAndFocus } from './tree-focus'
import { indentStyle } from './tree-indent'
import type { TreeStore } from './tree-store'
import { moreItemId, PAGE_SIZE } from './tree-store'
import { useTreeState } from './use-tree-state'

interface Props {
  store: TreeStore
  parentId: string
  shown: number
  total: number
  depth: number
}

/**
 * "Show 100 more (of 5,000)". A treeitem rather than a button: a tree and its groups may hold
 * only treeitems, and this way the arrow keys reach it like any other row.
 */
export function JsonTreeMoreItem({ store, parentId, shown, total, depth }: Props) {
  const id = moreItemId(parentId)
  const tabbable = useTreeState(store, (s) => s.isTabbable(id))
  return (
    <li
      role="treeitem"
      aria-level={depth}
      tabIndex={tabbable ? 0 : -1}
      data-node-id={id}
      data-more-for={parentId}
      className="json-tree-item json-tree-more"
      onClick={(event) => showMoreAndFocus(event.currentTarget.closest('[role="tree"]'), store, parentId)}
    >
      <div className="json-tree-row" style={indentStyle(depth)}>
        <span className="json-tree-twisty" aria-hidden="true" />
        <span className="json-tree-more-label">
          {entryMessages.jsonViewer.showMore(Math.min(PAGE_SIZE, total - shown), total)}
        </span>
      </div>
    </li>
  )
}
