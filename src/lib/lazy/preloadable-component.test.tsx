import { act, render, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { startTransition, Suspense, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { describe, expect, it, vi } from 'vitest'

import { preloadableComponent } from './preloadable-component'

function Counter({ label }: { label: string }) {
  const [count, setCount] = useState(0)
  return (
    <button type="button" onClick={() => setCount((n) => n + 1)}>
      {label} {count}
    </button>
  )
}

const inSuspense = (node: ReactNode) => <Suspense fallback={<p>loading</p>}>{node}</Suspense>

function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('preloadableComponent', () => {
  it('renders without suspending once preloaded', async () => {
    const chunk = deferred<typeof Counter>()
    const { Component, preload } = preloadableComponent(() => chunk.promise)
    preload()
    await act(async () => chunk.resolve(Counter))
    render(inSuspense(<Component label="Clicks" />))
    // Synchronously present: no fallback, no later reveal.
    expect(screen.getByRole('button', { name: 'Clicks 0' })).toBeInTheDocument()
    expect(screen.queryByText('loading')).not.toBeInTheDocument()
  })

  it('suspends while the chunk loads, then keeps the same instance (and its state) after it arrives', async () => {
    const chunk = deferred<typeof Counter>()
    const { Component } = preloadableComponent(() => chunk.promise)
    // Awaited: the wrapper suspends on the chunk with `use`, which React only retries in an awaited act().
    const { rerender } = await act(async () => render(inSuspense(<Component label="Clicks" />)))
    expect(screen.getByText('loading')).toBeInTheDocument()
    await act(async () => chunk.resolve(Counter))
    const button = await screen.findByRole('button', { name: 'Clicks 0' })
    act(() => button.click())
    expect(screen.getByRole('button', { name: 'Clicks 1' })).toBeInTheDocument()
    rerender(inSuspense(<Component label="Taps" />))
    // Same instance: the count survived a re-render after the module became available.
    expect(screen.getByRole('button', { name: 'Taps 1' })).toBeInTheDocument()
  })

  it('never hands React a stand-in for the component, even while its chunk loads', async () => {
    // React may commit what the wrapper returned while loading and later go on from the part that
    // suspended, without rendering the wrapper again; the next render of the wrapper then swapped
    // that stand-in for the component (another element type), which remounted it. Seen in the
    // browser as a search box losing the words of the query just applied.
    const chunk = deferred<typeof Counter>()
    const { Component } = preloadableComponent(() => chunk.promise)
    const returned: unknown[] = []
    function Probe() {
      const element = Component({ label: 'Clicks' })
      returned.push(element.type)
      return element
    }
    await act(async () => render(inSuspense(<Probe />)))
    expect(screen.getByText('loading')).toBeInTheDocument()
    await act(async () => chunk.resolve(Counter))
    expect(screen.getByRole('button', { name: 'Clicks 0' })).toBeInTheDocument()
    expect(returned.length).toBeGreaterThan(0)
    expect(returned.every((type) => type === Counter)).toBe(true)
  })

  it('renders without a React error when React replays the render that suspended on the chunk', async () => {
    // Outside act(), a transition that suspends is held and its component replayed once the
    // promise settles (as in the browser). The wrapper once skipped `use` when the chunk was in,
    // and React logged "did not call use() when it finished" (seen in `npm run dev`).
    const errors: string[] = []
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.map(String).join(' ')))
    const chunk = deferred<typeof Counter>()
    const { Component } = preloadableComponent(() => chunk.promise)
    const host = document.body.appendChild(document.createElement('div'))
    const root = createRoot(host)
    const view = (open: boolean) => inSuspense(open ? <Component label="Clicks" /> : <p>before</p>)
    const reactGlobals = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }
    const actEnvironment = reactGlobals.IS_REACT_ACT_ENVIRONMENT
    reactGlobals.IS_REACT_ACT_ENVIRONMENT = false
    try {
      root.render(view(false))
      await vi.waitFor(() => expect(host).toHaveTextContent('before'))
      startTransition(() => root.render(view(true)))
      await new Promise((resolve) => setTimeout(resolve, 20))
      chunk.resolve(Counter)
      await vi.waitFor(() => expect(host).toHaveTextContent('Clicks 0'))
      root.unmount()
    } finally {
      reactGlobals.IS_REACT_ACT_ENVIRONMENT = actEnvironment
      host.remove()
    }
    expect(errors).toEqual([])
  })

  it('loads the chunk once however often it is preloaded and rendered', async () => {
    const load = vi.fn(async () => Counter)
    const { Component, preload } = preloadableComponent(load)
    preload()
    preload()
    await act(async () => render(inSuspense(<Component label="Clicks" />)))
    expect(await screen.findByRole('button', { name: 'Clicks 0' })).toBeInTheDocument()
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('fetches the chunk again when it renders after a failed preload', async () => {
    const load = vi.fn<() => Promise<typeof Counter>>()
    load.mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(Counter)
    const { Component, preload } = preloadableComponent(load)
    preload()
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1))
    await act(async () => {}) // let the failure settle, unreported
    await act(async () => render(inSuspense(<Component label="Clicks" />)))
    expect(await screen.findByRole('button', { name: 'Clicks 0' })).toBeInTheDocument()
    expect(load).toHaveBeenCalledTimes(2)
  })
})
