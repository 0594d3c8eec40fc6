import { messages } from '@/lib/i18n'
import type { AuditSource } from '@/sources/audit-source'

import { UIPATH_ID_PATTERN } from './stable-id'
import { browserLanguages, pickUiPathLanguage } from './uipath-language'
import { UIPATH_LIST_PATH, uipathListQuery } from './uipath-list-request'

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
