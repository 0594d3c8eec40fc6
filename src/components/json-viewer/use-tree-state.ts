import { useSyncExternalStore } from 'react'

import type { TreeStore } from './tree-store'

/** Subscribes to one slice of the tree's state; the component re-renders only when it changes. */
export function useTreeState<T>(store: TreeStore, read: (store: TreeStore) => T): T {
  return useSyncExternalStore(store.subscribe, () => read(store))
}
