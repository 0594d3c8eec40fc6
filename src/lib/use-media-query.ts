import { useCallback, useSyncExternalStore } from 'react'

/** Matches the CSS breakpoint below which layouts stack (styles use the same 48rem). */
export const NARROW_SCREEN = '(max-width: 48rem)'

export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (listener: () => void) => {
      const list = window.matchMedia(query)
      list.addEventListener('change', listener)
      return () => list.removeEventListener('change', listener)
    },
    [query],
  )
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  )
}
