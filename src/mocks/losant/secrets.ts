// Secrets in the demo log, for the client-side redactor (written elsewhere) to catch.
// Two kinds: values Losant already redacted (always exactly "[REDACTED]"), and values the
// server missed, planted in varied shapes. The leaked values are assembled at runtime from
// seeded bytes so no key-shaped literal sits in the source for secret scanners to trip on.
import type { Exchange } from './bodies'
import { createPrng } from './prng'
import type { JsonObject } from './schema'

const SERVER_REDACTED = '[REDACTED]'

const bytes = createPrng(0x5ec2e7)

function base64Url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function randomBase64(byteCount: number): string {
  let binary = ''
  for (let index = 0; index < byteCount; index++) binary += String.fromCharCode(bytes.int(0, 255))
  return btoa(binary)
}

function luhnCheckDigit(digits: string): number {
  let sum = 0
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index])
    if (index % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2
    sum += digit
  }
  return (10 - (sum % 10)) % 10
}

const jwt = [
  base64Url(JSON.stringify({ alg: 'HS256', typ: 'JWT' })),
  base64Url(
    JSON.stringify({
      sub: '5f1e0c6a9d3b2a0017c4e8b2',
      iss: 'api.losant.com',
      scope: ['all.Application'],
      iat: 1718000000,
      exp: 1749536000,
    }),
  ),
  randomBase64(32).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''),
].join('.')

const pemLines = (randomBase64(912).match(/.{1,64}/g) ?? []).join('\n')
const cardPrefix = '453957876362148'
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

/** Every unredacted secret value planted in the demo data. */
const LEAKED = {
  password: 'Welcome2024!Dock3',
  apiKey: `ak_live_${bytes.hex(32)}`,
  clientSecret: `Qx8~${randomBase64(24).replace(/[+/=]/g, '')}`,
  jwt,
  bearer: `Bearer ${jwt}`,
  privateKey: ['-----BEGIN', ' PRIVATE KEY-----\n', pemLines, '\n-----END', ' PRIVATE KEY-----'].join(''),
  awsAccessKeyId: `AKIA${Array.from({ length: 16 }, () => bytes.pick([...ALNUM])).join('')}`,
  credentialUrl: 'https://admin:hunter2@example.com/hook',
  urlPassword: 'hunter2',
  cardNumber: `${cardPrefix}${luhnCheckDigit(cardPrefix)}`,
  jsonPassword: 'Pg!ngest-2024-Q3',
} as const

/** The exact strings of every unredacted secret, so tests can assert none reaches the screen. */
export const LOSANT_DEMO_SECRETS: string[] = Object.values(LEAKED)

export interface SecretRecipe {
  /** `resource.action` of the call that carries the secret. */
  operation: string
  apply(exchange: Exchange): void
  /** Set when only a person can make the call (accepting an invite). */
  actorType?: 'User'
}

function request(exchange: Exchange): JsonObject {
  exchange.requestBody ??= {}
  return exchange.requestBody
}

/** Calls whose bodies always hold a secret: they only appear through a recipe below. */
export const SECRET_BEARING_OPERATIONS = new Set([
  'applicationKeys.post',
  'applicationApiTokens.post',
  'credentials.post',
  'credential.patch',
  'org.inviteMember',
  'orgInvites.post',
])

/** What Losant itself redacts: key secrets, tokens, passwords, card numbers. */
export const REDACTED_RECIPES: SecretRecipe[] = [
  { operation: 'applicationKeys.post', apply: (exchange) => void (exchange.responseBody.secret = SERVER_REDACTED) },
  { operation: 'applicationApiTokens.post', apply: (exchange) => void (exchange.responseBody.token = SERVER_REDACTED) },
  {
    operation: 'credentials.post',
    apply: (exchange) => void (request(exchange).basic = { username: 'svc_losant', password: SERVER_REDACTED }),
  },
  {
    operation: 'credential.patch',
    apply: (exchange) => void (exchange.requestBody = { basic: { username: 'svc_ingest', password: SERVER_REDACTED } }),
  },
  {
    operation: 'org.inviteMember',
    apply: (exchange) => {
      const { email, role } = exchange.responseBody
      exchange.requestBody = { email, role, message: 'Welcome to the Acme Industrial org!' }
      exchange.responseBody.token = SERVER_REDACTED
    },
  },
  {
    operation: 'orgInvites.post',
    actorType: 'User',
    apply: (exchange) => void (request(exchange).token = SERVER_REDACTED),
  },
  { operation: 'experienceUsers.post', apply: (exchange) => void (request(exchange).password = SERVER_REDACTED) },
  {
    operation: 'integration.patch',
    apply: (exchange) =>
      void (exchange.requestBody = {
        mqttConfig: { hostname: 'broker.hivemq.example', username: 'losant-bridge', password: SERVER_REDACTED },
      }),
  },
  {
    operation: 'webhook.patch',
    apply: (exchange) =>
      void Object.assign(request(exchange), { basicAuthUsername: 'twilio', basicAuthPassword: SERVER_REDACTED }),
  },
  {
    operation: 'dataTableRows.post',
    apply: (exchange) => void (request(exchange).payment = { cardNumber: SERVER_REDACTED, expiry: '11/27' }),
  },
]

function httpNode(config: JsonObject): JsonObject {
  return {
    id: 'h77Tq2',
    type: 'HttpNode',
    config: { method: 'POST', ...config },
    meta: { x: 480, y: 200, label: 'Notify partner' },
  }
}

/** What slipped past the server, each in a different shape. */
export const LEAKED_RECIPES: SecretRecipe[] = [
  { operation: 'experienceUser.patch', apply: (exchange) => void (request(exchange).password = LEAKED.password) },
  {
    operation: 'integrations.post',
    apply: (exchange) =>
      void (request(exchange).httpConfig = { baseUrl: 'https://api.weather.example/v2', apiKey: LEAKED.apiKey }),
  },
  {
    operation: 'integration.patch',
    apply: (exchange) =>
      void (exchange.requestBody = {
        integrationType: 'azureEventHub',
        azureConfig: {
          tenantId: '2f6c1a0e-8b7d-4c3e-9a51-6d2e0f4b7c93',
          client_id: 'c0ffee00-1234-4abc-8def-0123456789ab',
          client_secret: LEAKED.clientSecret,
        },
      }),
  },
  {
    operation: 'flow.patch',
    apply: (exchange) =>
      void (request(exchange).nodes = [
        httpNode({
          uriTemplate: 'https://partner.example/api/alerts',
          headers: { Authorization: LEAKED.bearer, 'Content-Type': 'application/json' },
        }),
      ]),
  },
  {
    operation: 'resourceJob.execute',
    apply: (exchange) => void (request(exchange).ctx = { firmwareVersion: '3.2.1', gatewaySession: LEAKED.jwt }),
  },
  {
    operation: 'integration.patch',
    apply: (exchange) =>
      void (exchange.requestBody = {
        integrationType: 'googlePubSub',
        gcpConfig: {
          projectId: 'acme-telemetry',
          clientEmail: 'losant@acme-telemetry.iam.example',
          privateKey: LEAKED.privateKey,
        },
      }),
  },
  {
    operation: 'integrations.post',
    apply: (exchange) =>
      void (request(exchange).awsConfig = { region: 'us-east-1', accessKeyId: LEAKED.awsAccessKeyId }),
  },
  {
    operation: 'flow.patch',
    apply: (exchange) => void (request(exchange).nodes = [httpNode({ uriTemplate: LEAKED.credentialUrl })]),
  },
  {
    operation: 'dataTableRows.post',
    apply: (exchange) =>
      void (request(exchange).payment = { cardNumber: LEAKED.cardNumber, expiry: '09/27', holder: 'R. Haddad' }),
  },
  {
    operation: 'integration.patch',
    apply: (exchange) =>
      void (exchange.requestBody = {
        integrationType: 'webhook',
        settingsJson: JSON.stringify({
          host: 'db.internal.acme',
          port: 5432,
          user: 'svc_ingest',
          password: LEAKED.jsonPassword,
        }),
      }),
  },
]

/** Once in the whole log: a card number typed into a free-text note. */
export const CARD_IN_NOTE: SecretRecipe = {
  operation: 'event.patch',
  apply: (exchange) =>
    void (exchange.requestBody = {
      state: 'resolved',
      note: `Customer called about order #4471 and read out card ${LEAKED.cardNumber} — refund issued, please purge.`,
    }),
}
