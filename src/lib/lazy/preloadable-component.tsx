import type { ComponentType, JSX, ReactPromise } from 'react'
import { use } from 'react'

/**
 * A promise that says it has settled the way React's `use` reads it (`status`, `value`), so a
 * render after it has resolved gets the value at once instead of suspending for a microtask.
 */
type Settled<T> = Promise<T> & ReactPromise<T>

export interface PreloadableComponent<P extends object> {
  /** Renders the component; suspends only while its chunk is still loading. */
  Component: (props: P) => JSX.Element
  /**
   * Starts loading the chunk, once. Fire and forget: if it fails, the component's render tries
   * again and reports the failure.
   */
  preload: () => void
  /** Loads the chunk and resolves once the component renders without suspending. */
  load: () => Promise<void>
}

/**
 * A component in its own chunk that renders at once when the chunk is already in.
 *
 * `React.lazy` suspends on its first render even when the chunk loaded long ago (its factory
 * hands React a fresh promise), and React holds a newly revealed Suspense boundary back for up
 * to 300 ms: a popover whose code was warmed on hover still opened a few hundred ms after the
 * click, in a later frame. Here the wrapper reads one promise per load with `use`, marked
 * fulfilled as it resolves: it suspends while the chunk is on its way, and never after.
 *
 * The wrapper's output is always the loaded component, never a stand-in: React may go on from
 * the part of a tree that suspended once its promise settles, without rendering the parent
 * again. A `React.lazy` child rendered while loading was committed that way, and the next render
 * of the wrapper (with the component loaded) swapped it for another element type, which remounts
 * it: the search box lost the words of the query just applied.
 */
export function preloadableComponent<P extends object>(load: () => Promise<ComponentType<P>>): PreloadableComponent<P> {
  let loading: Settled<ComponentType<P>> | undefined
  const loadOnce = () => {
    if (!loading) {
      const attempt: Settled<ComponentType<P>> = load().then(
        (component) => {
          // Read by `use` to return the component at once, in every render after this one.
          Object.assign(attempt, { status: 'fulfilled', value: component })
          return component
        },
        (error: unknown) => {
          loading = undefined // the next render or preload tries again
          throw error
        },
      )
      loading = attempt
    }
    return loading
  }
  function Component(props: P) {
    // `use` on every render, loaded or not: React may replay a render that suspended here once
    // the promise settles, and a replay that skips the `use` it suspended on is an error.
    const Loaded = use(loadOnce())
    return <Loaded {...props} />
  }
  const loadChunk = async () => void (await loadOnce())
  return { Component, preload: () => void loadChunk().catch(() => {}), load: loadChunk }
}
