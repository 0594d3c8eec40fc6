/**
 * The Connection page's words: a catalogue of its own, loaded with the page's chunk after the
 * first paint, so the first load does not carry them (decision 008).
 */
import { formatCount } from '@/lib/format/format-number'

import { pluralRules } from './plural'

const plural = pluralRules('en')

export const connectionMessagesEn = {
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
}

export type ConnectionMessages = typeof connectionMessagesEn
