/**
 * The API request popover's words: a catalogue of its own, loaded with the popover's chunk after
 * the first paint, so the first load does not carry them (decision 008).
 */

export const apiRequestMessagesEn = {
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
}

export type ApiRequestMessages = typeof apiRequestMessagesEn
