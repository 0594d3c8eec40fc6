import { useState } from 'react'

import { entryMessages } from '@/lib/i18n/entry-messages'

import { JsonFullString } from './json-full-string'
import { isLongString, JsonLeaf } from './json-leaf'
import type { JsonLeafValue } from './json-shape'

/** A body that is a single primitive or a single redacted value: no tree to build. */
export function JsonScalar({ value, label }: { value: JsonLeafValue; label: string }) {
  const [full, setFull] = useState(false)
  return (
    <div className="json-scalar">
      <JsonLeaf value={value} full={full} onToggleFull={() => setFull(!full)} buttonTabIndex={0} />
      {full && isLongString(value) && (
        <JsonFullString text={value} label={entryMessages.jsonViewer.fullTextRegion(label)} />
      )}
    </div>
  )
}
