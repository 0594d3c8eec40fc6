// How calls end. Most succeed; the failures carry Losant-style error bodies as responseBody,
// because that is what the API answered and what the audit log recorded.
import type { ApiOperation } from './api-operations'
import { type Prng, weightedTable } from './prng'
import type { LosantErrorBody } from './schema'

const pickFailure = weightedTable([
  [400, 50],
  [401, 8],
  [403, 20],
  [404, 15],
  [409, 10],
  [429, 8],
  [500, 5],
  [502, 2],
  [503, 2],
  // Uncommon codes, so that a status class is seen to mean every code in it.
  [406, 1],
  [408, 1],
  [412, 1],
  [418, 1],
  [423, 1],
  [451, 1],
  [501, 1],
  [505, 1],
  [507, 1],
])

export function successStatus(operation: ApiOperation): number {
  return operation.kind === 'create' ? 201 : 200
}

/** About 88% success; 409 only where a create can clash with an existing name. */
export function pickStatus(prng: Prng, operation: ApiOperation): number {
  if (prng.chance(0.88)) return successStatus(operation)
  const status = pickFailure(prng)
  return status === 409 && operation.kind !== 'create' ? 400 : status
}

const VALIDATION_MESSAGES = [
  'name is required',
  'name must be a string',
  'tags[0].value must be at most 255 characters',
  'attributes must contain unique names',
  'Invalid JSON in request body',
  'expression could not be parsed: unexpected token }',
  'email must be a valid email address',
  'additional property "color" is not allowed',
]

function resourceLabel(operation: ApiOperation): string {
  const type = operation.secondaryType ?? operation.primaryType
  return type.replace(/([a-z])([A-Z])/g, '$1 $2')
}

export function errorBody(prng: Prng, status: number, operation: ApiOperation): LosantErrorBody {
  switch (status) {
    case 400:
      return { type: 'Validation', message: prng.pick(VALIDATION_MESSAGES) }
    case 401:
      return { type: 'Unauthorized', message: 'Invalid access token' }
    case 403:
      return {
        type: 'Forbidden',
        message: `Token does not have the required scope: ${operation.resource}.${operation.action}`,
      }
    case 404:
      return { type: 'NotFound', message: `${resourceLabel(operation)} was not found` }
    case 409:
      return { type: 'Duplicate', message: `A ${resourceLabel(operation)} with that name already exists` }
    case 429:
      return { type: 'TooManyRequests', message: 'Rate limit exceeded, retry in 30 seconds' }
    case 502:
      return { type: 'BadGateway', message: 'Upstream service did not respond' }
    case 503:
      return { type: 'ServiceUnavailable', message: 'Service temporarily unavailable' }
    case 406:
      return { type: 'NotAcceptable', message: 'Accept header must allow application/json' }
    case 408:
      return { type: 'RequestTimeout', message: 'Request body was not received in time' }
    case 412:
      return { type: 'PreconditionFailed', message: 'Resource was changed since it was read' }
    case 418:
      return { type: 'Teapot', message: 'This endpoint does not brew coffee' }
    case 423:
      return { type: 'Locked', message: `${resourceLabel(operation)} is locked by another operation` }
    case 451:
      return { type: 'UnavailableForLegalReasons', message: 'Not available in this region' }
    case 501:
      return { type: 'NotImplemented', message: 'Not implemented for this resource' }
    case 505:
      return { type: 'HttpVersionNotSupported', message: 'HTTP version not supported' }
    case 507:
      return { type: 'InsufficientStorage', message: 'Storage quota exceeded' }
    default:
      return { type: 'ServerError', message: 'An unexpected error occurred' }
  }
}
