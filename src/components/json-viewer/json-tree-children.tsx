import type { ReactNode } from 'react'

import type { JsonContainer } from './json-shape'
import { childAt, childCount } from './json-shape'
import { JsonTreeMoreItem } from './json-tree-more-item'
import { JsonTreeNode } from './json-tree-node'
import type { TreeStore } from './tree-store'
import { childId } from './tree-store'
import { useTreeState } from './use-tree-state'

interface Props {
  store: TreeStore
  domBase: string
  parentId: string
  container: JsonContainer
  depth: number
}

/** The paged-in children of one container (100 at first), then a "Show more" item. */
export function JsonTreeChildren({ store, domBase, parentId, container, depth }: Props) {
  const total = childCount(container)
  const shown = Math.min(
    useTreeState(store, (s) => s.limit(parentId)),
    total,
  )

  const items: ReactNode[] = []
  for (let index = 0; index < shown; index++) {
    const [name, value] = childAt(container, index)
    items.push(
      <JsonTreeNode
        key={index}
        store={store}
        domBase={domBase}
        id={childId(parentId, index)}
        name={name}
        value={value}
        depth={depth}
        position={index + 1}
        setSize={total}
      />,
    )
  }
  return (
    <>
      {items}
      {shown < total && (
        <JsonTreeMoreItem store={store} parentId={parentId} shown={shown} total={total} depth={depth} />
      )}
    </>
  )
}
