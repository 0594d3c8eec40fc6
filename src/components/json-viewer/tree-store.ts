/**
 * UI state of one tree: which nodes are open, how many children each container shows, which long
 * strings are shown in full and which item holds the roving tab stop. It lives outside React
 * state so that a change re-renders only the nodes whose own slice changed (each node subscribes
 * with useSyncExternalStore), not the whole tree, and so keyboard code can act on any node by id.
 *
 * Node ids are dotted child positions under ROOT_ID ("r.0.12"), which makes "is a descendant of"
 * a prefix test and lets Expand all compute ids from the value alone.
 */
export const ROOT_ID = 'r'
export const FIRST_ITEM_ID = `${ROOT_ID}.0`
export const PAGE_SIZE = 100

export function childId(parentId: string, index: number): string {
  return `${parentId}.${index}`
}

export function moreItemId(parentId: string): string {
  return `${parentId}.more`
}

export interface TreeStore {
  subscribe: (listener: () => void) => () => void
  isExpanded: (id: string) => boolean
  setExpanded: (id: string, expanded: boolean) => void
  /** How many children of container `id` are rendered. */
  limit: (id: string) => number
  showMore: (id: string) => void
  isFull: (id: string) => boolean
  toggleFull: (id: string) => void
  isTabbable: (id: string) => boolean
  setActive: (id: string) => void
  /** Opens many nodes at once (Expand all), with a note when it stopped early. */
  expandMany: (ids: readonly string[], notice: string | null) => void
  collapseAll: () => void
  notice: () => string | null
}

export function createTreeStore(): TreeStore {
  const listeners = new Set<() => void>()
  const expanded = new Set<string>()
  const limits = new Map<string, number>()
  const full = new Set<string>()
  let active: string | null = null
  let notice: string | null = null

  const emit = () => listeners.forEach((listener) => listener())

  return {
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    isExpanded: (id) => expanded.has(id),
    setExpanded(id, open) {
      if (expanded.has(id) === open) return
      if (open) expanded.add(id)
      else {
        expanded.delete(id)
        // The tab stop must not vanish with the subtree it was in.
        if (active?.startsWith(`${id}.`)) active = id
      }
      notice = null
      emit()
    },
    limit: (id) => limits.get(id) ?? PAGE_SIZE,
    showMore(id) {
      limits.set(id, (limits.get(id) ?? PAGE_SIZE) + PAGE_SIZE)
      emit()
    },
    isFull: (id) => full.has(id),
    toggleFull(id) {
      if (full.has(id)) full.delete(id)
      else full.add(id)
      emit()
    },
    isTabbable: (id) => (active ?? FIRST_ITEM_ID) === id,
    setActive(id) {
      if (active === id) return
      active = id
      emit()
    },
    expandMany(ids, nextNotice) {
      for (const id of ids) expanded.add(id)
      notice = nextNotice
      emit()
    },
    collapseAll() {
      expanded.clear()
      active = null
      notice = null
      emit()
    },
    notice: () => notice,
  }
}
