/**
 * The English catalogue: every word the dashboard shows or announces, grouped by area. Strings
 * that take values are functions, so word order, plurals and number formatting stay here and
 * components never concatenate sentences. Numbers are formatted in the browser's locale; plural
 * forms follow the catalogue's own language.
 */
import { formatCount } from '@/lib/format/format-number'

import { pluralRules } from './plural'

const plural = pluralRules('en')

type FormatNumber = (n: number) => string

const entries = (count: number, format: FormatNumber = formatCount) =>
  `${format(count)} ${plural(count, { one: 'entry', other: 'entries' })}`

/** "Nov 3, 14:00 – Nov 3, 15:00": a span between two already formatted times. */
const span = (start: string, end: string) => `${start} – ${end}`

export const en = {
  common: {
    close: 'Close',
    retry: 'Retry',
    retrying: 'Retrying…',
    dismiss: 'Dismiss',
    /** A party or entry with no name or id at all. */
    unknown: 'Unknown',
    unknownTime: 'Unknown time',
    /** Joins a few short labels, e.g. the values chosen in a filter. */
    list: (items: readonly string[]) => items.join(', '),
  },

  app: {
    demoApiFailed: (detail: string) => `The built-in demo API could not start: ${detail}`,
    skipToContent: 'Skip to content',
    brand: 'Audit Log Dashboard',
    readingFrom: 'Reading from',
    demoSource: (sourceLabel: string) => `Demo · ${sourceLabel}`,
    org: (orgId: string) => `org ${orgId}`,
    theme: {
      label: 'Theme',
      options: { system: 'System', light: 'Light', dark: 'Dark' },
    },
    settingsNav: {
      label: 'Settings',
      title: 'Settings',
      auditLogs: 'Audit Logs',
      connection: 'Connection',
    },
    notFound: {
      title: 'Page not found',
      body: 'There is nothing at this address.',
      action: 'Go to Audit Logs',
    },
    routeError: {
      title: 'Something went wrong',
      fallback: 'The page failed to render.',
      action: 'Back to Audit Logs',
    },
    configError: {
      title: 'The dashboard is not configured correctly',
      help: 'Fix these settings (see README, “Configuration”) and restart or rebuild. Leave VITE_AUDIT_API_URL unset to run on the built-in demo API.',
      couldNotStart: (reason: string) => `The dashboard could not start: ${reason}`,
    },
  },

  config: {
    notOneOf: (name: string, value: string, allowed: readonly string[]) =>
      `${name} is "${value}"; it must be one of: ${allowed.join(', ')}.`,
    notHttpUrl: (name: string, value: string) => `${name} is "${value}"; it must be an http:// or https:// URL.`,
    notLosantOrgId: (name: string) => `${name} must be a Losant organization id: 24 hexadecimal characters.`,
    requiredWith: (name: string, other: string) => `${name} is required when ${other} is set.`,
    notScope: (name: string) =>
      `${name} must be scopes separated by spaces, e.g. "PM.Audit.Read offline_access" (no quotes or backslashes).`,
    runtime: {
      hasToken:
        'config.json must not contain a token: anyone can download that file. Remove it and paste the token on the Connection page.',
      invalid: (detail: string) => `config.json is not valid: ${detail}`,
      notAnObject: 'it must hold one JSON object, e.g. {"apiUrl": "…"}.',
      notText: (keys: readonly string[]) => `${keys.map((key) => `"${key}"`).join(', ')} must be text.`,
      loadFailed: (status: number) => `config.json could not be loaded (${status}).`,
      notJson: 'config.json is not valid JSON.',
    },
  },

  signIn: {
    title: 'Sign in to read the audit logs',
    body: 'This dashboard reads the audit logs with your own account. Sign in with your organization’s identity provider.',
    signIn: 'Sign in',
    signInAgain: 'Sign in again',
    signOut: 'Sign out',
    busy: 'Signing in…',
    signedInAs: 'Signed in as',
    accountLabel: 'Your account',
    denied:
      'Sign-in was cancelled: permission to read the audit logs was not given. Sign in again and allow it, or paste an API token on the Connection page.',
    failed: (code: string | undefined) =>
      code ? `Sign-in did not complete (${code}). Try again.` : 'Sign-in did not complete. Try again.',
    expired: 'Your session has ended. Sign in again to carry on: you will come back to this same view.',
    expiredAs: (name: string) =>
      `Your session as ${name} has ended. Sign in again to carry on: you will come back to this same view.`,
    pasteInstead: 'Use an API token instead',
  },

  errors: {
    unauthorized: 'The API token is missing or not valid.',
    forbidden: 'The API token may not read audit logs.',
    notFound: 'Not found: check the organization or entry.',
    tooManyRequests: 'Too many requests: the server asked us to slow down.',
    retryAfter: (seconds: number) => `It asked us to wait ${formatCount(seconds)} s.`,
    serverFailed: (status: number) => `The server failed (${status}).`,
    refused: (status: number) => `The server refused the request (${status}).`,
    unreachable: 'The server could not be reached.',
    unreachableHelp: 'Check the API URL and your network. A server on another origin must allow this page with CORS.',
    timeout: (seconds: number) => `The server did not answer within ${formatCount(seconds)} seconds.`,
    answered: (status: number) => `The server answered ${status}.`,
    notJson: 'The server answered, but not with JSON.',
    unreadable: 'The server answered in a form we could not read.',
    unknown: 'Something went wrong.',
  },

  pagination: {
    label: 'Pagination',
    rowsPerPage: 'Rows per page',
    noEntries: 'No entries',
    /** Rows `first`–`last` on screen, of `total` when the server counts. */
    rows: (first: number, last: number, total?: number) =>
      `${formatCount(first)}–${formatCount(last)}${total === undefined ? '' : ` of ${formatCount(total)}`}`,
    noneOf: (total: number) => `${formatCount(0)} of ${formatCount(total)}`,
    firstPage: 'First page',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    lastPage: 'Last page',
    jump: 'Go to page',
    page: 'Page',
    ofPages: (pageCount: number) => `of ${formatCount(pageCount)}`,
    go: 'Go',
    pageOutOfRange: (pageCount: number) => `Enter a page from 1 to ${formatCount(pageCount)}.`,
  },

  facets: {
    /**
     * The chip's accessible name: what it shows ("Status", or "Status | 4xx Client error"), in that
     * order, so a speech-input user can say it; then "filter", so Status the filter is not Status
     * the column.
     */
    chipLabel: (title: string, summary: string) => (summary ? `${title}: ${summary} (filter)` : `${title} filter`),
    selected: (count: number) => `${formatCount(count)} selected`,
    search: (title: string) => `Search ${title}`,
    searchPlaceholder: (title: string) => `Search ${title.toLowerCase()}…`,
    noMatches: 'No matches.',
    counting: 'counting',
    clear: (title: string) => `Clear ${title.toLowerCase()}`,
  },

  histogram: {
    keyboardHint:
      'Arrow keys move between time buckets, Shift with an arrow key selects several, Enter zooms to the selection.',
    entries,
    loadingCount: '… loading',
    bucket: (range: string, count: string) => `${range}: ${count}`,
    noData: 'No data',
    loading: 'Loading…',
    atLeast: (count: string) => `At least ${count}`,
    atLeastLoading: (count: string) => `At least ${count} · loading…`,
    noEntriesInRange: 'No entries in this range',
    summary: (count: string, peak: string, range: string) => `${count} · peak ${peak} at ${range}`,
    releaseToZoom: 'Release to zoom',
    enterToZoom: 'Enter to zoom · Esc to clear',
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

  list: {
    title: 'Audit Logs',
    lede: 'Every request that created, changed or deleted a resource in this organization, latest first.',
    tableCaption: 'Audit logs',
    ignoredLink: (ignored: readonly string[]) =>
      `Some of the link could not be used and was ignored: ${ignored.join(', ')}.`,
    /** One URL parameter that was ignored, with the value it had. */
    ignoredParam: (name: string, value: string) => `${name} “${value}”`,
    /** A status class one request cannot ask for together with the ones kept (decision 012). */
    ignoredStatusClass: (name: string, value: string, kept: readonly string[]) =>
      `${name} “${value}” (one request cannot also ask for ${kept.join(', ')})`,
    /** A value past the server's limit on one list of its filter (FilterCapabilities.maxValuesPerList). */
    ignoredOverValueLimit: (name: string, value: string, max: number) =>
      `${name} “${value}” (one filter holds at most ${max} values)`,
    ignoredReversedRange: 'from/to (the start is after the end)',
    /** A column list that left out a column that always stays (it is shown anyway). */
    ignoredLockedColumn: (id: string) => `cols without “${id}” (it always stays)`,
    unreadableEntries: (count: number, firstProblem: string | undefined) =>
      `${entries(count)} on this page could not be read and ${plural(count, { one: 'is', other: 'are' })} not shown${firstProblem ? ` (${firstProblem})` : ''}.`,
    shortcuts: 'Shortcuts',
    /** The search box; the rest of its words load with it (query-messages.en.ts). */
    search: {
      label: 'Search audit logs',
      placeholder: 'Search: actor-type:User request:device.delete after:7d, an entry id, or any words',
    },
    announce: {
      none: 'No entries to show.',
      showing: (first: number, last: number, total: number | undefined, activeFilters: number) =>
        `Showing ${formatCount(first)}–${formatCount(last)}${total === undefined ? '' : ` of ${formatCount(total)}`} entries${activeFilters ? `, ${formatCount(activeFilters)} ${plural(activeFilters, { one: 'filter', other: 'filters' })} applied` : ''}.`,
    },
    empty: {
      failed: 'No entries to show.',
      pastTheEnd: 'This page is past the end of the log.',
      goToLastPage: 'Go to the last page',
      noMatches: 'No entries match these filters',
      clearAllFilters: 'Clear all filters',
      noEntries: 'No audit log entries yet',
      noEntriesHelp: 'Entries appear here when someone creates, edits or deletes a resource.',
    },
    columns: {
      time: 'Time',
      actor: 'Actor',
      request: 'Request',
      target: 'Target',
      status: 'Status',
      user: 'User',
      categoryAction: 'Category / Action',
      message: 'Message',
      source: 'Source',
      action: 'Action',
      outcome: 'Outcome',
      ipAddress: 'IP address',
    },
    unknownRequest: 'Unknown request',
    timeTitle: (utc: string, local: string, relative: string) => `${utc}\n${local} (local)\n${relative}`,
    outcomes: {
      success: 'Succeeded',
      failure: 'Failed',
      intent: 'Intent (outcome not on this page)',
      unrecorded: 'Outcome not recorded',
    },
    pairedTitle: 'Paired with its intent by commit id',
    status: {
      offline: 'You are offline. The log will refresh by itself when the connection returns.',
      showingEarlier: 'The rows below are from the last page that loaded.',
      openConnection: 'Open Connection settings',
      retrying: (reason: string, attempt: number, attempts: number) =>
        `${reason} Trying again (attempt ${formatCount(attempt)} of ${formatCount(attempts)})…`,
    },
  },

  /** "Filter by this actor": the nouns and labels of the actor and target filters. */
  parties: {
    nouns: {
      actors: 'actor',
      primaryTargets: 'target',
      secondaryTargets: 'sub-resource',
      requestIds: 'request',
      actorNames: 'name',
      actorEmails: 'email',
      sourceAddresses: 'source address',
    },
    titles: {
      actors: 'Actor',
      primaryTargets: 'Target',
      secondaryTargets: 'Sub-resource',
      requestIds: 'Request',
      actorNames: 'Actor name',
      actorEmails: 'Actor email',
      sourceAddresses: 'Source address',
    },
    filterBy: (noun: string, name: string) => `Filter by ${noun} ${name}`,
    filterByTitle: (noun: string) => `Show only entries for this ${noun}`,
    filterByThis: (noun: string) => `Filter by this ${noun}`,
    chosen: 'Chosen actors and targets',
    chip: (title: string, name: string) => `${title}: ${name}`,
    remove: (chip: string) => `Remove filter ${chip}`,
  },

  filters: {
    label: 'Filters',
    clearAll: 'Clear all',
    titles: {
      actorTypes: 'Actor type',
      primaryTargetTypes: 'Target type',
      secondaryTargetTypes: 'Sub-resource type',
      requests: 'Request',
      statusClasses: 'Status',
      actions: 'Action',
      outcomes: 'Outcome',
    },
    statusClasses: {
      '2xx': '2xx Success',
      '3xx': '3xx Redirect',
      '4xx': '4xx Client error',
      '5xx': '5xx Server error',
    },
    /** A single response code chosen in the search box (`status:404`). */
    statusCode: 'Status code',
    /** Under a status class where the server filters by exact codes (decision 012). */
    statusClassCodes: (codes: string) => `Codes ${codes}.`,
    statusClassUnavailable: (chosen: readonly string[], max: number) =>
      `Not with ${chosen.join(', ')}: one request names at most ${max} codes.`,
    statusCodesNote: (max: number) =>
      `The server filters by exact response codes, at most ${max} in one request, so each class stands for the codes listed under it. Clear the filter to see every status.`,
    /** Types and chosen parties on one key count as every pair of them. */
    /** Beside each value that would overflow the list; the note below says why, once. */
    valueLimitUnavailable: 'Not with the values chosen.',
    valueLimitNote: (max: number) =>
      `One filter holds at most ${max} values, and each type counts once for each chosen actor or target.`,
    anyAction: (resource: string) => `${resource} (any action)`,
    sheet: {
      trigger: (active: number) => `Filters${active > 0 ? ` (${formatCount(active)})` : ''}`,
      title: 'Filters',
      done: 'Done',
    },
  },

  timeRange: {
    title: 'Time range',
    chipLabel: (description: string) => `Time range: ${description}`,
    presetsLabel: 'Presets',
    presets: {
      '1h': 'Last hour',
      '24h': 'Last 24 hours',
      '7d': 'Last 7 days',
      '30d': 'Last 30 days',
      '90d': 'Last 90 days',
      '1y': 'Last year',
    },
    anyTime: 'Any time',
    between: span,
    since: (start: string) => `Since ${start}`,
    until: (end: string) => `Until ${end}`,
    custom: {
      title: 'Custom range',
      note: (zoneName: string) => `(${zoneName}; the end is included)`,
      zoneNames: { utc: 'UTC', local: 'your local time' },
      fromDate: 'From date',
      fromTime: 'From time',
      toDate: 'To date',
      toTime: 'To time',
      hint: 'Without a time, the range starts at the beginning of the first day and ends at the end of the last.',
      apply: 'Apply range',
      badFormat: 'Enter dates as YYYY-MM-DD and times as HH:MM.',
      empty: 'Enter a start, an end, or both.',
      reversed: 'The start must be before the end.',
    },
    zone: { label: 'Time zone', local: 'Local', utc: 'UTC' },
  },

  chart: {
    label: 'Activity over time',
    span,
    failed: (reason: string) => `The chart could not be loaded: ${reason}`,
  },

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
    copied: (what: string) => `${what}: copied`,
    copyFailed: (what: string) => `${what}: the browser refused to copy`,
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

  export: {
    formats: { csv: 'CSV', ndjson: 'NDJSON' },
    title: (format: string) => `Export ${format}`,
    what: (total: number | undefined) =>
      `Every entry matching the current filters and time range${total === undefined ? '' : ` (${entries(total)})`}, in the list’s order, with secrets redacted as on screen. Times are in UTC (ISO 8601).`,
    cap: (cap: number) => `At most ${formatCount(cap)} entries are exported at a time.`,
    overCap: (total: number, cap: number) =>
      `This range holds ${formatCount(total)} entries: only the first ${formatCount(cap)} will be exported. Narrow the time range or filters to export the rest.`,
    byteOrderMark: 'Add a byte-order mark (for Excel)',
    progressLabel: 'Export progress',
    progress: (written: number, totalEntries: number | undefined, pages: number, totalPages: number | undefined) =>
      `${formatCount(written)}${totalEntries === undefined ? '' : ` of ${formatCount(totalEntries)}`} entries · ${formatCount(pages)}${totalPages === undefined ? '' : ` of ${formatCount(totalPages)}`} pages`,
    done: (count: number, fileName: string, capped: boolean) =>
      `Exported ${entries(count)} to ${fileName}.${capped ? ' The cap was reached.' : ''}`,
    cancelled: 'Export cancelled. Nothing was saved.',
    failed: (reason: string) => `The export failed: ${reason}`,
    cancel: 'Cancel export',
    tryAgain: 'Try again',
    /** The evidence manifest offered beside a finished export. */
    manifest: {
      download: 'Download evidence manifest',
      what: (fileName: string) => `${fileName}: source, filters, range, requests, counts and the file’s SHA-256.`,
      preparing: 'Computing the file’s SHA-256…',
      unavailable: 'No evidence manifest: SHA-256 needs HTTPS or localhost.',
      failed: 'The evidence manifest could not be made; the export itself is complete.',
    },
  },

  /** "Copy as API request": the vendor request behind the current view, to script or escalate it. */
  apiRequest: {
    trigger: 'API request',
    triggerLabel: 'Copy as API request',
    title: 'API request for this view',
    what: (source: string) =>
      `The request this page sends to ${source} for what it shows now: this page, its sort, filters and time range.`,
    url: 'Request URL',
    copyUrl: 'Copy URL',
    curl: 'curl command',
    copyCurl: 'Copy curl command',
    tokenNote: 'The token is not included: $TOKEN stands for it. Set TOKEN in your shell before running the command.',
    building: 'Building the request…',
    failed: (reason: string) => `The request could not be built: ${reason}`,
  },

  live: {
    label: 'Live updates',
    toggle: 'Live',
    intervalLabel: 'Check for new entries every',
    interval: (seconds: number) => `every ${formatCount(seconds)} s`,
    newEntries: (count: number) => `${formatCount(count)} new ${plural(count, { one: 'entry', other: 'entries' })}`,
  },

  shortcuts: {
    title: 'Keyboard shortcuts',
    /** Between two keys that do the same thing: "j or ↓". */
    or: ' or ',
    keys: { enter: 'Enter', escape: 'Esc' },
    nextRow: 'Next row (in the drawer: next entry)',
    previousRow: 'Previous row (in the drawer: previous entry)',
    openRow: 'Open the focused row',
    close: 'Close the drawer or a menu',
    filters: 'Go to the search box',
    help: 'Show these shortcuts',
    typingNote: 'Shortcuts do nothing while you type in a field.',
  },

  /** Saved views: named list URLs, kept in this browser per source and organization. */
  views: {
    /** The group of the Views and Columns buttons. */
    controlsLabel: 'View',
    trigger: 'Views',
    title: 'Saved views',
    empty: 'No saved views yet. Name the current view below to open it again later.',
    current: 'Current',
    defaultBadge: 'Default',
    open: (name: string) => `Open the view “${name}”`,
    makeDefault: (name: string) => `Open the page on “${name}”`,
    copyLink: (name: string) => `Copy a link to “${name}”`,
    rename: (name: string) => `Rename “${name}”`,
    delete: (name: string) => `Delete “${name}”`,
    confirmDelete: (name: string) => `Delete “${name}”? This cannot be undone.`,
    confirmDeleteYes: 'Delete',
    cancel: 'Cancel',
    nameLabel: 'Name the current view',
    renameLabel: (name: string) => `New name for “${name}”`,
    namePlaceholder: 'e.g. Deletes this week',
    save: 'Save view',
    saveName: 'Save name',
    nameRequired: 'Give the view a name.',
    nameTooLong: (max: number) => `A name has at most ${formatCount(max)} characters.`,
    nameTaken: (name: string) => `A view named “${name}” already exists: choose another name.`,
    tooMany: (max: number) => `At most ${formatCount(max)} views can be saved: delete one first.`,
    saved: (name: string) => `Saved the view “${name}”.`,
    renamed: (name: string) => `Renamed to “${name}”.`,
    deleted: (name: string) => `Deleted the view “${name}”.`,
    defaultSet: (name: string) => `“${name}” is now the default: the page opens on it.`,
    defaultUnset: 'The page now opens on the plain list.',
    linkCopied: (name: string) => `Link to “${name}” copied.`,
    linkFailed: 'The browser refused to copy the link.',
    exportViews: 'Export views',
    importViews: 'Import views',
    exportFileName: (source: string) => `saved-views-${source}.json`,
    imported: (added: number, skipped: number) =>
      `Imported ${formatCount(added)} ${plural(added, { one: 'view', other: 'views' })}${skipped ? `; ${formatCount(skipped)} could not be read and ${plural(skipped, { one: 'was', other: 'were' })} skipped` : ''}.`,
    nothingNew: 'Nothing imported: every view in the file is already here.',
    storageFailed:
      'This browser would not store the views (storage is full or disabled): the change lasts until the page is reloaded.',
    notices: {
      storedUnreadable: 'The saved views stored in this browser could not be read and were ignored.',
      storedOtherVersion: 'Saved views stored by another version of this dashboard were ignored.',
      storedSomeUnreadable: (count: number) =>
        `${formatCount(count)} saved ${plural(count, { one: 'view', other: 'views' })} could not be read and ${plural(count, { one: 'was', other: 'were' })} ignored.`,
      importTooLarge: 'This file is too large to be a saved-views export: nothing was imported.',
      importNotJson: 'This file is not JSON: nothing was imported.',
      importNotAnExport: 'This file is not a saved-views export: nothing was imported.',
      importOtherVersion: 'This file was exported by another version of this dashboard: nothing was imported.',
      importReadFailed: 'The file could not be read: nothing was imported.',
    },
  },

  /** Showing, hiding and ordering the list's columns. */
  columnChooser: {
    trigger: 'Columns',
    title: 'Columns',
    help: 'Top to bottom is the table’s left to right. Time and the actor always stay.',
    alwaysShown: 'always shown',
    moveUp: (title: string) => `Move ${title} up`,
    moveDown: (title: string) => `Move ${title} down`,
    reset: 'Reset columns',
    moved: (title: string, position: number, count: number) =>
      `${title} is now column ${formatCount(position)} of ${formatCount(count)}.`,
    shown: (title: string) => `${title} shown.`,
    hidden: (title: string) => `${title} hidden.`,
  },

  connection: {
    title: 'Connection',
    nowReading: 'Now reading',
    builtInDemo: 'the built-in demo API',
    readingScope: (sourceLabel: string, orgId: string) => `(${sourceLabel}${orgId ? `, organization ${orgId}` : ''}).`,
    fields: { sourceId: 'Source', apiUrl: 'API URL', orgId: 'Organization ID' },
    bloodhoundLogin: {
      title: 'Sign in to BloodHound',
      help: 'With a BloodHound username and secret, as BloodHound’s own login page does, at the API URL above. The session token it gives is kept in memory only, never remembered for the tab.',
      username: 'Username',
      secret: 'Secret',
      submit: 'Sign in with secret',
      busy: 'Signing in…',
      refused: 'BloodHound refused the username or secret.',
    },
    token: 'API token',
    apiUrlPlaceholder: 'https://api.losant.com',
    orgIdPlaceholder: '24 hexadecimal characters',
    tokenHelp:
      'Leave empty to keep the current token, if any. Sent only as an Authorization header. Kept in memory and forgotten when the tab closes.',
    remember: 'Remember for this tab',
    rememberWarning:
      'Keeps the token in this tab’s session storage until the tab closes: anyone using this browser meanwhile can read it.',
    apiUrlRequired: 'Enter the API URL, or choose “Use demo data”.',
    save: 'Save and use',
    test: 'Test connection',
    testing: 'Testing…',
    useDemo: 'Use demo data',
    reset: 'Reset to the deployment’s settings',
    connected: 'Connected: the server answered with audit log entries.',
    connectedCount: (total: number) =>
      `Connected: ${formatCount(total)} audit log ${plural(total, { one: 'entry', other: 'entries' })} can be read.`,
  },

  /** What each vendor's adapter says to people: its name, token scopes, and answers it cannot read. */
  sources: {
    losant: {
      label: 'Losant',
      scopesHelp:
        'A token with one of these scopes can read audit logs: all.Organization, all.Organization.read, all.User, all.User.read, auditLogs.* or auditLogs.get (and, to open one entry, auditLog.* or auditLog.get).',
      notAList: (detail: string) => `The server's answer is not an audit-log collection: ${detail}`,
      notAnEntry: (detail: string) => `The server's answer is not an audit-log entry: ${detail}`,
      entryWithoutId: 'the entry has no id',
      /** Names of the actor and target types of Losant's auditLog schema, in the filter lists. */
      entityTypes: {
        ApiToken: 'Api Token',
        Application: 'Application',
        ApplicationCertificate: 'Application Certificate',
        ApplicationCertificateAuthority: 'Application Certificate Authority',
        ApplicationKey: 'Application Key',
        Credential: 'Credential',
        Dashboard: 'Dashboard',
        DataTable: 'Data Table',
        Device: 'Device',
        DeviceRecipe: 'Device Recipe',
        Event: 'Event',
        ExperienceDomain: 'Experience Domain',
        ExperienceEndpoint: 'Experience Endpoint',
        ExperienceGroup: 'Experience Group',
        ExperienceSlug: 'Experience Slug',
        ExperienceUser: 'Experience User',
        ExperienceVersion: 'Experience Version',
        ExperienceView: 'Experience View',
        File: 'File',
        Flow: 'Flow',
        Integration: 'Integration',
        Notebook: 'Notebook',
        OrgInvite: 'Org Invite',
        PrivateFile: 'Private File',
        ResourceJob: 'Resource Job',
        User: 'User',
        Webhook: 'Webhook',
      },
    },
    uipath: {
      label: 'UiPath',
      scopesHelp: 'A token with the PM.Audit or PM.Audit.Read scope can read the UiPath audit log.',
      notAList: (detail: string) => `The server's answer is not a UiPath audit-log list: ${detail}`,
      notAnEntry: (detail: string) => `The server's answer is not a UiPath audit-log entry: ${detail}`,
      invalidDetails: 'auditLogDetails is not valid JSON, so it is shown as text.',
    },
    bloodhound: {
      label: 'BloodHound',
      scopesHelp:
        'Only BloodHound administrators can read the audit log: use a token of a user with the Administrator role.',
      notAList: (detail: string) => `The server's answer is not a BloodHound audit-log list: ${detail}`,
      notAnEntry: (detail: string) => `The server's answer is not a BloodHound audit-log entry: ${detail}`.trim(),
      otherEntries: (requestedId: string | undefined) =>
        `The server answered with other entries than ${requestedId === undefined ? 'the one asked for' : `entry ${requestedId}`}: it may not support the id filter.`,
      entryNotFound: 'Audit log entry not found',
    },
  },
} as const

/** Literal strings widened to `string`, so another language can say them differently. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => R
    : { readonly [K in keyof T]: Widen<T[K]> }

/** The shape every catalogue has: the same keys as English, each a string or the same function. */
export type Messages = Widen<typeof en>
