import { memo } from 'react'

import { EscapedText } from '@/components/ui/escaped-text'
import { entryMessages } from '@/lib/i18n/entry-messages'
import type { RedactedJson } from '@/lib/redaction'

import { JsonFullString } from './json-full-string'
import { isLongString, JsonLeaf } from './json-leaf'
import { childCount, containerSummary, isContainer } from './json-shape'
import { JsonTreeChildren } from './json-tree-children'
import { indentOf, indentStyle, MAX_INDENT_LEVEL } from './tree-indent'
import type { TreeStore } from './tree-store'
import { useTreeState } from './use-tree-state'

interface Props {
  store: TreeStore
  /** Prefix that makes this tree's element ids unique on the page. */
  domBase: string
  id: string
  /** Object key or array index. */
  name: string | number
  value: RedactedJson
  /** 1 for the body's own keys. */
  depth: number
  position: number
  setSize: number
}

/** One key/value of the tree; a container's children are rendered only while it is open. */
export const JsonTreeNode = memo(function JsonTreeNode({
  store,
  domBase,
  id,
  name,
  value,
  depth,
  position,
  setSize,
}: Props) {
  const container = isContainer(value) ? value : null
  const expandable = container !== null && childCount(container) > 0
  const expanded = useTreeState(store, (s) => expandable && s.isExpanded(id))
  const tabbable = useTreeState(store, (s) => s.isTabbable(id))
  const full = useTreeState(store, (s) => s.isFull(id))
  const longString = !isContainer(value) && isLongString(value) ? value : null
  const labelId = `${domBase}${id}`

  const onRowClick = () => {
    // A click that ends a text selection is the user copying, not toggling.
    if (window.getSelection()?.isCollapsed === false) return
    store.setExpanded(id, !expanded)
  }

  return (
    <li
      role="treeitem"
      aria-labelledby={labelId}
      aria-expanded={expandable ? expanded : undefined}
      aria-level={depth}
      aria-setsize={setSize}
      aria-posinset={position}
      tabIndex={tabbable ? 0 : -1}
      data-node-id={id}
      data-long-string={longString !== null ? '' : undefined}
      className="json-tree-item"
    >
      <div
        id={labelId}
        className="json-tree-row"
        style={indentStyle(depth)}
        onClick={expandable ? onRowClick : undefined}
      >
        <span className="json-tree-twisty" aria-hidden="true">
          {expandable ? (expanded ? '▾' : '▸') : ''}
        </span>
        {depth > MAX_INDENT_LEVEL + 1 && (
          // Indentation stops growing here, so say how deep the row is.
          <span className="json-tree-depth" aria-hidden="true" title={entryMessages.jsonViewer.level(depth)}>
            {depth}
          </span>
        )}
        {/* The colon sits inside the key's box: rows are flex, and browsers put a space in the
            accessible name between flex items ("key : value"). */}
        {typeof name === 'number' ? (
          <span className="json-index">
            {name}
            <span className="json-punct">:</span>
          </span>
        ) : (
          <span className="json-key">
            <bdi>{name === '' ? '""' : <EscapedText text={name} />}</bdi>
            <span className="json-punct">:</span>
          </span>
        )}{' '}
        <span className="json-tree-value">
          {isContainer(value) ? (
            <span className="json-summary">
              {expandable ? containerSummary(value) : Array.isArray(value) ? '[]' : '{}'}
            </span>
          ) : (
            <JsonLeaf value={value} full={full} onToggleFull={() => store.toggleFull(id)} buttonTabIndex={-1} />
          )}
        </span>
      </div>
      {longString !== null && full && (
        <JsonFullString
          text={longString}
          label={entryMessages.jsonViewer.fullValueOf(name)}
          style={{ marginInlineStart: indentOf(depth + 1) }}
        />
      )}
      {container !== null && expanded && (
        <ul role="group" className="json-tree-group">
          <JsonTreeChildren store={store} domBase={domBase} parentId={id} container={container} depth={depth + 1} />
        </ul>
      )}
    </li>
  )
})
