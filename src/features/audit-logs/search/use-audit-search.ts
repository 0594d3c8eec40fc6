import { useCallback, useEffect, useMemo } from 'react'
import { useNavigate, useSearchParams } from 'react-router'

import { AUDIT_LOGS_PATH, auditLogEntryPath } from '@/config/paths'
import type { TimeZoneChoice } from '@/lib/format/format-time'
import type { AuditSource } from '@/sources/audit-source'
import { useSourceClient } from '@/sources/source-client-context'

import type { ParsedView, SearchContext } from './audit-search-params'
import { parseListView, serializeListView } from './audit-search-params'
import type { ColumnChoice } from './column-layout'
import { columnContext } from './column-layout'
import type { SearchUpdate } from './search-transitions'

export interface UpdateOptions {
  /** Also close an open entry and show the list (e.g. "filter by this" from the drawer). */
  toList?: boolean
  /** Open this entry over the changed list (stepping from the drawer onto another page). */
  toEntry?: string
}

/**
 * One reading of the URL shared by everyone on screen: a preset range ("last 7 days") resolves
 * against the moment the URL was first read, so the list and the drawer over it must share that
 * reading to ask for the same (cached) page. Forgotten once nobody reads it, so coming back to
 * the list later reads the URL afresh.
 */
let shared: { key: string; source: AuditSource; view: ParsedView } | undefined
let readers = 0

const contexts = new WeakMap<AuditSource, SearchContext>()

/** What the source allows a URL to ask for (one object per source). */
export function searchContext(source: AuditSource): SearchContext {
  let context = contexts.get(source)
  if (!context) {
    context = {
      sortFields: source.capabilities.sortFields,
      fixedSortDirection: source.capabilities.fixedSortDirection,
      filters: source.capabilities.filters,
      isEntityId: source.isEntityId,
      columns: columnContext(source.columns),
    }
    contexts.set(source, context)
  }
  return context
}

export function readView(key: string, source: AuditSource): ParsedView {
  if (shared?.key === key && shared.source === source) return shared.view
  const view = parseListView(new URLSearchParams(key), searchContext(source))
  shared = { key, source, view }
  return view
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
  // Parsed once per distinct URL so the search is a stable query key (and presets resolve once).
  const view = useMemo(() => readView(key, source), [key, source])
  useEffect(() => {
    readers += 1
    shared ??= { key, source, view }
    return () => {
      readers -= 1
      if (readers === 0) shared = undefined
    }
  }, [key, source, view])

  const update = useCallback(
    (change: SearchUpdate, options: UpdateOptions = {}) => {
      const next = serializeListView({ search: change(view.search), zone: view.zone, columns: view.columns })
      if (options.toEntry !== undefined) {
        void navigate({ pathname: auditLogEntryPath(options.toEntry), search: next.toString() })
      } else if (options.toList) void navigate({ pathname: AUDIT_LOGS_PATH, search: next.toString() })
      else setParams(next)
    },
    [view, setParams, navigate],
  )
  /** An entry over the list as it is, or the list itself: the URL's search kept as it stands. */
  const openEntry = useCallback(
    (id: string) => void navigate({ pathname: auditLogEntryPath(id), search: key }),
    [navigate, key],
  )
  const showList = useCallback(() => void navigate({ pathname: AUDIT_LOGS_PATH, search: key }), [navigate, key])
  const setZone = useCallback(
    (zone: TimeZoneChoice) => setParams(serializeListView({ search: view.search, zone, columns: view.columns })),
    [view, setParams],
  )
  /** Shows, hides or reorders columns; the page and everything else stay. */
  const setColumns = useCallback(
    (columns: ColumnChoice) => setParams(serializeListView({ search: view.search, zone: view.zone, columns })),
    [view, setParams],
  )

  return {
    search: view.search,
    zone: view.zone,
    columns: view.columns,
    ignored: view.ignored,
    now: view.now,
    key,
    update,
    setZone,
    setColumns,
    openEntry,
    showList,
  }
}
