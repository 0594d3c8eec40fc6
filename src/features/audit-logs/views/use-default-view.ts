import { useState } from 'react'
import { useLocation } from 'react-router'

import { AUDIT_LOGS_PATH } from '@/config/paths'
import { useSourceClient } from '@/sources/source-client-context'

import { readDefaultViewSearch, readStoredText, savedViewsKey } from './views-storage'

/**
 * The search of the default view when the list is opened bare (its path, no search), else
 * undefined: the page then replaces its URL with the view's. Only the opening counts: "Clear all"
 * later empties the URL on purpose and must stay on the plain list; a link to an entry or with a
 * search of its own is followed as it is.
 */
export function useDefaultViewLanding(): string | undefined {
  const { scope } = useSourceClient()
  const { pathname, search } = useLocation()
  const [landing, setLanding] = useState(() =>
    pathname === AUDIT_LOGS_PATH && !search ? readDefaultViewSearch(readStoredText(savedViewsKey(scope))) : undefined,
  )
  // Arrived (or left by other means): forgotten, so an empty search later is not a new opening.
  if (landing !== undefined && search !== '') setLanding(undefined)
  return landing !== undefined && !search ? landing : undefined
}
