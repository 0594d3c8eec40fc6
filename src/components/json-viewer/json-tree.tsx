import { useId } from 'react'

import type { JsonContainer } from './json-shape'
import { JsonTreeChildren } from './json-tree-children'
import { handleTreeKeyDown } from './tree-keyboard'
import type { TreeStore } from './tree-store'
import { ROOT_ID } from './tree-store'

interface Props {
  /** A non-empty object or array; its own keys are the first, open level. */
  value: JsonContainer
  label: string
  store: TreeStore
}

/** A WAI-ARIA tree with one roving tab stop; closed containers render nothing below them. */
export function JsonTree({ value, label, store }: Props) {
  const domBase = useId()
  return (
    <ul
      role="tree"
      aria-label={label}
      className="json-tree"
      onKeyDown={(event) => handleTreeKeyDown(event, store)}
      onFocus={(event) => {
        const id = event.target.getAttribute('role') === 'treeitem' ? event.target.dataset.nodeId : undefined
        if (id !== undefined) store.setActive(id)
      }}
    >
      <JsonTreeChildren store={store} domBase={domBase} parentId={ROOT_ID} container={value} depth={1} />
    </ul>
  )
}
