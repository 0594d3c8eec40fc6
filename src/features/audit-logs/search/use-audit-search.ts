import { useCallback, useMemo } from 'react'
import { useNavigate, useSearchParams } from 'react-router'

import type { TimeZoneChoice } from '@/lib/format/format-time'
import type { AuditSearch } from '@/sources/audit-search'
import { useSourceClient } from '@/sources/source-client-context'

import { AUDIT_LOGS_PATH } from '../paths'
import { parseListView, serializeListView } from './audit-search-params'

export type SearchUpdate = (current: AuditSearch) => AuditSearch

export interface UpdateOptions {
  /** Also close an open entry and show the list (e.g. "filter by this" from the drawer). */
  toList?: boolean
}

/**
 * The list's state, read from and written to the URL. Every change pushes a history entry so
 * Back/Forward walk through the views the user saw.
 */
export function useAuditSearch() {
  const { source } = useSourceClient()
  const [params, setParams] = useSearchParams()
  const navigate = useNavigate()
  const key = params.toString()
  // Parse once per distinct URL so the search is a stable query key (and presets resolve once).
  const view = useMemo(
    () =>
      parseListView(new URLSearchParams(key), {
        sortFields: source.capabilities.sortFields,
        fixedSortDirection: source.capabilities.fixedSortDirection,
        filters: source.capabilities.filters,
        isEntityId: source.isEntityId,
      }),
    [key, source],
  )

  const update = useCallback(
    (change: SearchUpdate, options: UpdateOptions = {}) => {
      const next = serializeListView({ search: change(view.search), zone: view.zone })
      if (options.toList) void navigate({ pathname: AUDIT_LOGS_PATH, search: next.toString() })
      else setParams(next)
    },
    [view, setParams, navigate],
  )
  const setZone = useCallback(
    (zone: TimeZoneChoice) => setParams(serializeListView({ search: view.search, zone })),
    [view, setParams],
  )

  return { search: view.search, zone: view.zone, ignored: view.ignored, now: view.now, key, update, setZone }
}
