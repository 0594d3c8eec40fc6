import { useEffect, useState } from 'react'

/**
 * Whether the element is (at least partly) in the viewport, followed with an IntersectionObserver.
 * Where there is none (jsdom in tests) the element counts as on screen: the observer only saves
 * work, it never hides anything.
 */
export function useOnScreen(element: Element | null): boolean {
  const [onScreen, setOnScreen] = useState(true)
  useEffect(() => {
    if (!element || typeof IntersectionObserver !== 'function') return
    const observer = new IntersectionObserver((entries) => {
      const entry = entries.at(-1)
      if (entry) setOnScreen(entry.isIntersecting)
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [element])
  return onScreen
}
