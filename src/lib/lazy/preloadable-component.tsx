import type { ComponentType, JSX } from 'react'
import { lazy } from 'react'

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
 * click, in a later frame. Here the loaded component is used directly; `React.lazy` is only the
 * fallback while the chunk is still on its way.
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
  const Lazy = lazy(async () => ({ default: await loadOnce() }))
  function Component(props: P) {
    // `loaded` is set before the lazy wrapper's promise settles, so React's retry after a
    // suspension already renders the loaded component: the wrapper never commits, and the
    // element type never changes under a mounted instance (which would remount it).
    const Rendered = loaded ?? Lazy
    return <Rendered {...props} />
  }
  const loadChunk = async () => void (await loadOnce())
  return { Component, preload: () => void loadChunk().catch(() => {}), load: loadChunk }
}
