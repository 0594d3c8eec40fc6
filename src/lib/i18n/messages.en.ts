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
    /** What a copy button announces, e.g. "Copy ID: copied". */
    copied: (what: string) => `${what}: copied`,
    copyFailed: (what: string) => `${what}: the browser refused to copy`,
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
    zone: { label: 'Time zone', local: 'Local', utc: 'UTC' },
  },

  export: {
    formats: { csv: 'CSV', ndjson: 'NDJSON' },
    title: (format: string) => `Export ${format}`,
  },

  /** "Copy as API request": the vendor request behind the current view, to script or escalate it. */
  apiRequest: {
    trigger: 'API request',
    triggerLabel: 'Copy as API request',
  },

  live: {
    label: 'Live updates',
    toggle: 'Live',
    intervalLabel: 'Check for new entries every',
    interval: (seconds: number) => `every ${formatCount(seconds)} s`,
    newEntries: (count: number) => `${formatCount(count)} new ${plural(count, { one: 'entry', other: 'entries' })}`,
  },

  /** Saved views: named list URLs, kept in this browser per source and organization. */
  views: {
    /** The group of the Views and Columns buttons. */
    controlsLabel: 'View',
    trigger: 'Views',
  },

  /** Showing, hiding and ordering the list's columns. */
  columnChooser: {
    trigger: 'Columns',
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
