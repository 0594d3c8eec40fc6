import type { JsonContainer } from './json-shape'
import { childAt, childCount, isContainer } from './json-shape'
import { childId, ROOT_ID } from './tree-store'

/** Expand all stops before the tree would show more items than this: a 5 MB body has millions. */
export const EXPAND_ALL_BUDGET = 2000

export interface ExpandAllPlan {
  /** Containers to open, shallowest first. */
  ids: string[]
  /** Items the tree shows once they are open. */
  shown: number
  /** True when some containers stay closed because of the budget. */
  capped: boolean
}

/**
 * Opens containers breadth-first, level by level, while the number of shown items stays within
 * the budget. Only children already paged in (`limit`) count and get opened, matching what the
 * tree renders.
 */
export function planExpandAll(
  root: JsonContainer,
  limit: (id: string) => number,
  budget: number = EXPAND_ALL_BUDGET,
): ExpandAllPlan {
  const queue: Array<[id: string, container: JsonContainer]> = []
  const enqueueChildren = (id: string, container: JsonContainer): number => {
    const shown = Math.min(limit(id), childCount(container))
    for (let index = 0; index < shown; index++) {
      const child = childAt(container, index)[1]
      if (isContainer(child) && childCount(child) > 0) queue.push([childId(id, index), child])
    }
    return shown
  }

  let shown = enqueueChildren(ROOT_ID, root)
  const ids: string[] = []
  // An index instead of shift(): the queue can hold tens of thousands of containers.
  for (let head = 0; head < queue.length; head++) {
    const [id, container] = queue[head]!
    const adds = Math.min(limit(id), childCount(container))
    if (shown + adds > budget) return { ids, shown, capped: true }
    ids.push(id)
    shown += enqueueChildren(id, container)
  }
  return { ids, shown, capped: false }
}
