/**
 * The entry drawer's words (the drawer, an entry's facts, the JSON viewer, redaction badges): a
 * catalogue of its own, loaded with the drawer's chunk after the first paint, so the first load
 * does not carry them (decision 008).
 */
import { formatCount } from '@/lib/format/format-number'

import { pluralRules } from './plural'

const plural = pluralRules('en')

export const entryMessagesEn = {
  drawer: {
    title: 'Audit log',
    actions: 'Entry actions',
    previous: 'Previous entry',
    next: 'Next entry',
    copyId: 'Copy ID',
    copyLink: 'Copy link',
    copyJson: 'Copy JSON',
    /** An entry opened from a link may not be on the list page behind it. */
    locate: {
      button: 'Find in list',
      locating: 'Finding…',
      notInList: 'Not in the list behind: its filters or time range leave this entry out.',
      failed: 'The list could not be searched for this entry. Try again.',
    },
    loading: 'Loading entry…',
    invalidId: {
      title: 'This is not an audit log id',
      body: 'Audit log ids are 24 hexadecimal characters. Check the link you were given.',
    },
    notFetchable: {
      title: 'Open this entry from the list',
      body: 'This source has no address for a single entry: a link to one works only while the entry is on a page loaded in this tab.',
    },
    notFound: {
      title: 'Audit log entry not found',
      body: 'No entry with this id exists in this organization. It may be older than the retention period.',
    },
    /** "Compare with the previous change": this entry's request body against the one before it. */
    previousChange: {
      title: 'Compare with the previous change',
      looking: 'Looking for the previous change…',
      loadingDiff: 'Comparing…',
      none: 'No earlier change in the retained range.',
      /** Followed by the actor's name, shown isolated as logged text. */
      comparedWith: (when: string) => `Compared with the same request on this target at ${when} by`,
      open: 'Open the previous change',
      noBody: 'The previous change sent no request body.',
      same: 'The request bodies are the same.',
      summary: (added: number, removed: number, changed: number) =>
        `${formatCount(added + removed + changed)} ${plural(added + removed + changed, { one: 'difference', other: 'differences' })}: ${formatCount(added)} added, ${formatCount(removed)} removed, ${formatCount(changed)} changed.`,
      redactedNote: 'Redacted values compare by marker only: whether a secret changed never shows.',
      listLabel: 'Differences in the request body',
      kinds: { added: 'Added', removed: 'Removed', changed: 'Changed' },
      before: 'Before',
      after: 'After',
      rootPath: '(whole body)',
    },
  },

  /** The facts of one entry in the drawer. */
  entry: {
    requestId: 'Request ID',
    logId: 'Log ID',
    time: 'Time',
    request: 'Request',
    apiMethod: (operation: string) => `API method ${operation}`,
    responseStatus: 'Response status',
    action: 'Action',
    message: 'Message',
    outcome: 'Outcome',
    intentRecorded: 'Intent recorded',
    commit: 'commit',
    origin: 'Origin',
    forwardedFor: (chain: string) => `Forwarded for ${chain}`,
    originRequestId: 'Request id',
    initiator: 'Initiator',
    target: 'Target',
    subResource: 'Sub-resource',
    sections: {
      queryParams: 'Query parameters',
      pathParams: 'Path parameters',
      requestBody: 'Request body',
      responseBody: 'Response body',
      details: 'Details',
      intentRecord: 'Intent record',
    },
    sectionNone: '· none',
  },

  jsonViewer: {
    none: 'None',
    views: { tree: 'Tree', raw: 'Raw' },
    viewGroup: (label: string) => `${label} view`,
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    expandCapped: (shown: number, budget: number) =>
      `Showing ${formatCount(shown)} items: Expand all stops before ${formatCount(budget)}. Open deeper levels one at a time.`,
    rawRegion: (label: string) => `${label}, raw JSON`,
    fullTextRegion: (label: string) => `${label}, full text`,
    fullValueOf: (name: string | number) => `Full value of ${name}`,
    level: (depth: number) => `Level ${depth}`,
    items: (count: number) => `[${formatCount(count)} ${plural(count, { one: 'item', other: 'items' })}]`,
    keys: (count: number) => `{${formatCount(count)} ${plural(count, { one: 'key', other: 'keys' })}}`,
    stringLength: (count: number) =>
      `(string, ${formatCount(count)} ${plural(count, { one: 'character', other: 'characters' })})`,
    showAll: (count: number) =>
      `Show all (${formatCount(count)} ${plural(count, { one: 'character', other: 'characters' })})`,
    showLess: 'Show less',
    moreCharacters: (count: number) =>
      `…(${formatCount(count)} more ${plural(count, { one: 'character', other: 'characters' })})`,
    showMore: (count: number, total: number) => `Show ${formatCount(count)} more (of ${formatCount(total)})`,
  },

  redaction: {
    byServer: 'Redacted by server',
    byDashboard: 'Redacted',
    byServerTitle: 'Removed by the server before it was sent.',
    byDashboardTitle: (reason: string | undefined) =>
      `Hidden by the dashboard before display${reason ? `: ${reason}` : ''}. The original never reached this page.`,
    redactedValues: (count: number) =>
      plural(count, {
        one: `${formatCount(count)} value in this entry was redacted.`,
        other: `${formatCount(count)} values in this entry were redacted.`,
      }),
    neverShown: 'Secrets are never shown, copied or exported.',
  },
}

export type EntryMessages = typeof entryMessagesEn
