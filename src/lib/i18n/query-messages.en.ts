/**
 * The search box's words: a catalogue of its own, loaded with the box's chunk after the first
 * paint, so the first load does not carry them (decision 008).
 */
import { formatCount } from '@/lib/format/format-number'

import { pluralRules } from './plural'

const plural = pluralRules('en')
const quoted = (value: string) => `“${value}”`
const entries = (count: number) => `${formatCount(count)} ${plural(count, { one: 'entry', other: 'entries' })}`
const keyList = (keys: readonly string[]) => keys.map((key) => `${key}:`).join(' ')

export const queryMessagesEn = {
  keys: {
    actor: 'who acted: an id, or a name seen in the loaded entries',
    'actor-type': 'the kind of actor, e.g. User',
    target: 'what was acted on: an id, or a name seen in the loaded entries',
    'target-type': 'the kind of target, e.g. Device',
    'sub-resource': 'the sub-resource acted on: an id',
    'sub-resource-type': 'the kind of sub-resource, e.g. Webhook',
    request: 'resource or resource.action, e.g. device.delete',
    method: 'an HTTP method, e.g. DELETE, optionally with its path',
    status: 'a status class (4xx) or code (404), or success / failure',
    email: "the actor's email, exactly as logged",
    action: 'the operation, e.g. CreateUser',
    ip: 'the source address, exactly as logged',
    'request-id': 'the request id the server logged',
    after: 'from this time on: 2026-11-01, 2026-11-01T09:30 or 7d (7 days ago)',
    before: 'up to this time: a date, a time or 2h (2 hours ago)',
  } satisfies Record<string, string>,
  errors: {
    unclosedQuote: 'This quote is never closed.',
    unknownKey: (key: string, known: readonly string[]) =>
      `There is no ${quoted(`${key}:`)} key. Keys: ${keyList(known)}`,
    keyNotServed: (key: string, source: string) => `${source} cannot filter by ${quoted(`${key}:`)}.`,
    empty: (key: string) => `${quoted(`${key}:`)} needs a value.`,
    noSuchValue: (key: string, value: string, source: string) =>
      `${source} has no ${quoted(`${key}:`)} value ${quoted(value)}. Pick one from the suggestions.`,
    notAnId: (key: string, value: string, source: string) =>
      `${source} filters ${key} by id, and no ${key} named ${quoted(value)} is in the entries loaded so far. Paste an id, or leave out ${quoted(`${key}:`)} to scan for the words.`,
    ambiguousName: (key: string, value: string, count: number) =>
      `${formatCount(count)} different ${key}s are named ${quoted(value)}; paste the id of the one you mean.`,
    oneAtATime: (key: string, source: string) => `${source} takes one ${quoted(`${key}:`)} at a time.`,
    overValueLimit: (key: string, max: number) =>
      `One filter holds at most ${formatCount(max)} values; this ${quoted(`${key}:`)} goes past it.`,
    statusClassesDoNotFit: (max: number) =>
      `One request names at most ${formatCount(max)} response codes; this status does not fit with the others.`,
    statusCodeNotServed: (source: string) => `${source} filters by status class, not by single code: try 4xx.`,
    methodTooBroad: (method: string, count: number, max: number) =>
      `${method} stands for ${formatCount(count)} requests, more than the ${formatCount(max)} one filter holds; add its path, e.g. ${quoted(`method:"${method} /devices"`)}.`,
    notADate: (key: string, value: string) =>
      `${quoted(value)} is not a time for ${quoted(`${key}:`)}: write 2026-11-01, 2026-11-01T09:30 or 7d.`,
    methodsLoading: 'The list of request methods is still loading; press Enter again in a moment.',
    twice: (key: string) => `${quoted(`${key}:`)} is given twice.`,
    reversed: 'The start of the range is after its end.',
    noRange: (source: string) => `${source} cannot filter by time.`,
    notHeld: (what: string) => `This search cannot be kept in the page's address: ${what}.`,
  },
  apply: 'Search',
  clear: 'Clear the search',
  help: 'Terms on different keys must all match; the same key repeated matches any of its values. Words without a key are looked for in the entries themselves.',
  errorsTitle: (count: number) =>
    plural(count, {
      one: 'The search has a problem; nothing was sent.',
      other: `The search has ${formatCount(count)} problems; nothing was sent.`,
    }),
  suggestions: 'Suggestions',
  keySuggestion: (key: string) => `${key}:`,
  openEntry: (id: string) => `Open entry ${id}`,
  findRequest: (id: string) => `Find request ${id}`,
  methodRequests: (count: number) => `${formatCount(count)} ${plural(count, { one: 'request', other: 'requests' })}`,
  valueCount: (count: number) => `${formatCount(count)} loaded`,
  findingRequest: (id: string) => `Looking for request ${id}…`,
  noSuchRequest: (id: string) => `No entry has the request id ${quoted(id)}.`,
  requestLookupFailed: (id: string, reason: string) => `Could not look for the request ${quoted(id)}: ${reason}`,
  /** The scan in the page for words the vendor's API cannot filter on. */
  scan: {
    title: (words: readonly string[]) => `Scan for “${words.join(' ')}”`,
    what: (cap: number) =>
      `A scan in this browser, not a server search: it reads the entries matching the filters and time range, newest first, at most ${formatCount(cap)}, and lists those holding every word, ignoring case. Secrets are redacted before the scan, so their values are never found.`,
    noWords: 'Type a word to scan the entries for.',
    progressLabel: 'Scan progress',
    /** `total` is what the scan will read (the cap at most); `matching`, what the filters match, when more. */
    progress: (scanned: number, total: number | undefined, matches: number, matching?: number) =>
      `Scanned ${formatCount(scanned)}${total === undefined ? '' : ` of ${formatCount(total)}`} ${plural(total ?? scanned, { one: 'entry', other: 'entries' })}${matching === undefined ? '' : ` (the newest of ${formatCount(matching)})`} · ${formatCount(matches)} ${plural(matches, { one: 'match', other: 'matches' })}`,
    done: (scanned: number, matches: number) =>
      `Scan of ${entries(scanned)} complete: ${formatCount(matches)} ${plural(matches, { one: 'match', other: 'matches' })}.`,
    none: (scanned: number) => `No entry among the ${entries(scanned)} scanned holds every word.`,
    capped: (scanned: number, through: string | undefined, matches: number) =>
      `Stopped after scanning ${entries(scanned)}${through === undefined ? '' : ` (through ${through})`}; narrow the time range to scan further. ${formatCount(matches)} ${plural(matches, { one: 'match', other: 'matches' })}.`,
    cancelled: (scanned: number, total: number | undefined, through: string | undefined, matches: number) =>
      `Scan cancelled after ${formatCount(scanned)}${total === undefined ? '' : ` of ${formatCount(total)}`} ${plural(total ?? scanned, { one: 'entry', other: 'entries' })}${through === undefined ? '' : ` (through ${through})`}: ${formatCount(matches)} ${plural(matches, { one: 'match', other: 'matches' })}.`,
    failed: (scanned: number, reason: string) =>
      `The scan stopped after ${entries(scanned)} because a page could not be read: ${reason}`,
    moreMatches: (shown: number, matches: number) =>
      `Showing the newest ${formatCount(shown)} of ${formatCount(matches)} matches; add a word or narrow the filters to see the rest.`,
    matchesLabel: 'Matching entries, newest first',
    /** Names the part of the entry a snippet comes from. */
    fields: {
      id: 'Id',
      actor: 'Actor',
      primaryTarget: 'Target',
      secondaryTarget: 'Secondary target',
      request: 'Request',
      status: 'Status',
      operation: 'Operation',
      message: 'Message',
      origin: 'Origin',
      queryParams: 'Query parameters',
      pathParams: 'Path parameters',
      requestBody: 'Request body',
      responseBody: 'Response body',
      details: 'Details',
      paired: 'Paired record',
    },
    cancel: 'Cancel scan',
    again: 'Scan again',
    close: 'Close scan',
  },
}

export type QueryMessages = typeof queryMessagesEn
