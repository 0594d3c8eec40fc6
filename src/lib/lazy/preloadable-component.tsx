import type { ComponentType, JSX } from 'react'

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
 * click, in a later frame. Here the loaded component is used directly, and while its chunk is on
 * its way the wrapper itself suspends on it.
 *
 * The wrapper's output is always the loaded component, never a stand-in: React may go on from
 * the part of a tree that suspended once its promise settles, without rendering the parent
 * again. A `React.lazy` child rendered while loading was committed that way, and the next render
 * of the wrapper (with the component loaded) swapped it for another element type, which remounts
 * it: the search box lost the words of the query just applied.
 */
export function preloadableComponent<P extends object>(load: () => Promise<ComponentType<P>>): PreloadableComponent<P> {
  let loaded: ComponentType<P> | undefined
  let loading: Promise<ComponentType<P>> | undefined
  const loadOnce = () => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined // the next render or preload tries again
        throw error
      },
    )
    return loading
  }
  function Component(props: P) {
    // Suspends by throwing the load's promise, not with `use`: React replays a component that
    // suspended on `use` once the promise settles and expects it to call `use` again, but by then
    // the chunk is in and this skips it ("did not call use() when it finished", in development);
    // calling `use` on every render instead makes any act() scope in a test see a suspension.
    if (!loaded) throw loadOnce()
    const Loaded = loaded
    return <Loaded {...props} />
  }
  const loadChunk = async () => void (await loadOnce())
  return { Component, preload: () => void loadChunk().catch(() => {}), load: loadChunk }
}
