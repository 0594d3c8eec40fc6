import { messages } from '@/lib/i18n'
import type { AuditSource } from '@/sources/audit-source'

import { UIPATH_ID_PATTERN } from './stable-id'
import { browserLanguages, pickUiPathLanguage } from './uipath-language'
import { UIPATH_LIST_PATH, uipathListQuery } from './uipath-list-request'

const COLUMN = messages.list.columns

export interface UiPathSourceOptions {
  /** The `language` to ask for; injectable so tests do not depend on the machine's locale. */
  language?: () => string
}

/**
 * UiPath's unified audit log, `GET {baseURL}/audit_/api/auditlogs` (api-contracts.md §2).
 * `baseURL` is `https://{domain}/{organization}/{tenant}`, so `location.orgId` is not used.
 */
export function createUiPathSource({ language }: UiPathSourceOptions = {}): AuditSource {
  const currentLanguage = language ?? (() => pickUiPathLanguage(browserLanguages()))
  return {
    id: 'uipath',
    label: messages.sources.uipath.label,
    columns: [
      { id: 'time', title: COLUMN.time, width: '13rem', cell: { kind: 'time' }, sortDescFirst: true },
      { id: 'email', title: COLUMN.user, width: '22%', cell: { kind: 'actor', detail: 'email' } },
      { id: 'category', title: COLUMN.categoryAction, width: '18%', cell: { kind: 'operation' } },
      { id: 'message', title: COLUMN.message, width: '36%', cell: { kind: 'text', field: 'message' } },
      { id: 'source', title: COLUMN.source, width: '9rem', cell: { kind: 'text', field: 'originSource' } },
    ],
    capabilities: {
      sortFields: ['time', 'category', 'email'],
      // The list takes no filter and no time range (only language, top, skip, sortBy, sortOrder).
      filters: {},
      timeRange: false,
      paging: 'offset',
      totalCount: true,
      // There is no endpoint for one entry, and entries have no id of their own.
      eventById: false,
    },
    listRequest: (search) => ({ path: UIPATH_LIST_PATH, query: uipathListQuery(search, currentLanguage()) }),
    isEventId: (id) => UIPATH_ID_PATTERN.test(id),
    // Nothing in an entry can be filtered on, so no actor/target id is ever asked for.
    isEntityId: () => false,
    eventRequest: () => {
      throw new Error('UiPath has no endpoint for one audit-log entry: open it from a loaded list page instead.')
    },
    loadDecoder: async () => (await import('./uipath-decoder')).uipathDecoder,
    scopesHelp: messages.sources.uipath.scopesHelp,
  }
}

export const uipathSource = createUiPathSource()
