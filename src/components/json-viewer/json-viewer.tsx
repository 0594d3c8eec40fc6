import './json-viewer.css'

import { useState } from 'react'

import { entryMessages } from '@/lib/i18n/entry-messages'
import type { RedactedJson } from '@/lib/redaction'

import { EXPAND_ALL_BUDGET, planExpandAll } from './expand-all'
import { JsonRawView } from './json-raw-view'
import { JsonScalar } from './json-scalar'
import { childCount, isContainer } from './json-shape'
import { JsonTree } from './json-tree'
import { createTreeStore } from './tree-store'
import { useTreeState } from './use-tree-state'

type View = 'tree' | 'raw'

interface Props {
  /** An already redacted body; undefined when there is none. */
  value: RedactedJson | undefined
  /** What the body is, e.g. "Request body"; names the tree, the raw region and the toolbar. */
  label: string
  defaultView?: View
}

/** One JSON body as a lazy collapsible tree or as virtualised pretty-printed text. */
export function JsonViewer({ value, label, defaultView = 'tree' }: Props) {
  const [view, setView] = useState<View>(defaultView)
  // A new body (the drawer moving to the next entry) starts from a fresh tree: first level only,
  // nothing paged in. Node ids are positions, so the old state would be wrong for it.
  const [state, setState] = useState(() => ({ value, store: createTreeStore() }))
  if (state.value !== value) setState({ value, store: createTreeStore() })
  const { store } = state
  const notice = useTreeState(store, (s) => s.notice())

  const m = entryMessages.jsonViewer
  if (value === undefined) return <p className="json-viewer-none">{m.none}</p>

  const tree = isContainer(value) && childCount(value) > 0 ? value : null
  const expandAll = () => {
    if (tree === null) return
    const plan = planExpandAll(tree, store.limit)
    store.expandMany(plan.ids, plan.capped ? m.expandCapped(plan.shown, EXPAND_ALL_BUDGET) : null)
  }

  return (
    <div className="json-viewer">
      <div className="json-viewer-toolbar">
        <div role="group" aria-label={m.viewGroup(label)} className="json-viewer-toggle">
          {(['tree', 'raw'] as const).map((option) => (
            <button
              key={option}
              type="button"
              className="button button-quiet"
              aria-pressed={view === option}
              onClick={() => setView(option)}
            >
              {m.views[option]}
            </button>
          ))}
        </div>
        {view === 'tree' && tree !== null && (
          <>
            <button type="button" className="button button-quiet" onClick={expandAll}>
              {m.expandAll}
            </button>
            <button type="button" className="button button-quiet" onClick={() => store.collapseAll()}>
              {m.collapseAll}
            </button>
          </>
        )}
      </div>
      {/* Always present, so screen readers announce the notice when it appears. */}
      <p role="status" className="json-viewer-notice">
        {view === 'tree' ? notice : null}
      </p>
      {view === 'raw' ? (
        <JsonRawView value={value} label={label} />
      ) : tree !== null ? (
        <JsonTree value={tree} label={label} store={store} />
      ) : isContainer(value) ? (
        <code className="json-empty">{Array.isArray(value) ? '[]' : '{}'}</code>
      ) : (
        <JsonScalar value={value} label={label} />
      )}
    </div>
  )
}
