// Turns "who did what to which resource, when" into one audit-log entry in Losant's shape.
// Only the fields the list endpoint filters and sorts on are computed up front; the bodies and
// parameters are built on first read from a per-entry seed, which keeps creating thousands of
// entries at page start-up cheap and every body the same whatever order it is read in.
import { type ApiOperation, pathParamNames } from './api-operations'
import { type BodyContext, buildExchange, type Exchange } from './bodies'
import { createPrng, type Prng } from './prng'
import { errorBody, pickStatus, successStatus } from './responses'
import type { JsonObject, LosantAuditLog } from './schema'
import type { Actor, Application, NamedEntity } from './world'

export interface EntryInput {
  id: string
  dateMs: number
  orgId: string
  /** Draws the status and the body seed; the bodies themselves use their own stream. */
  prng: Prng
  actor: Actor
  operation: ApiOperation
  /** The application the call ran in; required for Application-primary operations. */
  application?: Application
  /** What was acted on: a child of the application, a dashboard, an invite or the application itself. */
  target: NamedEntity
  /** Adjusts the bodies after they are built (planted secrets, hostile content, huge exports). */
  tweak?: (exchange: Exchange, ctx: BodyContext) => void
  status?: number
}

interface Materialized {
  requestPathParams: Record<string, string>
  requestQueryParams?: Record<string, string>
  requestBody?: JsonObject
  responseBody: JsonObject
}

function fillPathParams(input: EntryInput, exchange: Exchange, prng: Prng): Record<string, string> {
  const { operation, application, target, orgId } = input
  const params: Record<string, string> = {}
  for (const name of pathParamNames(operation.path)) {
    if (name === operation.targetParam) params[name] = target.id
    else if (name === 'applicationId' && application) params[name] = application.id
    else if (name === 'orgId') params[name] = orgId
    else params[name] = exchange.pathParams?.[name] ?? prng.objectId(input.dateMs)
  }
  return params
}

function materialize(input: EntryInput, bodySeed: number, status: number): Materialized {
  const prng = createPrng(bodySeed)
  const ctx: BodyContext = {
    prng,
    orgId: input.orgId,
    dateMs: input.dateMs,
    actor: input.actor,
    application: input.application,
    target: input.target,
  }
  const exchange = buildExchange(input.operation, ctx)
  input.tweak?.(exchange, ctx)
  return {
    requestPathParams: fillPathParams(input, exchange, prng),
    ...(exchange.requestQueryParams ? { requestQueryParams: exchange.requestQueryParams } : {}),
    ...(exchange.requestBody ? { requestBody: exchange.requestBody } : {}),
    responseBody: status < 400 ? exchange.responseBody : { ...errorBody(prng, status, input.operation) },
  }
}

// The lazy fields are own, enumerable accessors, so spreading, Object.keys and JSON.stringify
// all see them. They come from one shared descriptor map and read a private field: an object
// literal with getters (dictionary mode) or a WeakMap of builders cost several times more.
class AuditLogRecord {
  #input: EntryInput | undefined
  #bodySeed: number
  #status: number
  #bodies: Materialized | undefined

  constructor(input: EntryInput, bodySeed: number, status: number) {
    this.#input = input
    this.#bodySeed = bodySeed
    this.#status = status
  }

  static readonly lazyFields: PropertyDescriptorMap = Object.fromEntries(
    (['requestPathParams', 'requestQueryParams', 'requestBody', 'responseBody'] as const).map((field) => [
      field,
      {
        enumerable: true,
        configurable: true,
        get(this: AuditLogRecord) {
          return this.#materialize()[field]
        },
      },
    ]),
  )

  #materialize(): Materialized {
    if (!this.#bodies) {
      this.#bodies = materialize(this.#input as EntryInput, this.#bodySeed, this.#status)
      this.#input = undefined
    }
    return this.#bodies
  }
}

export function buildEntry(input: EntryInput): LosantAuditLog {
  const { operation, application, target, actor, prng } = input
  if (operation.primaryType === 'Application' && !application) {
    throw new Error(`${operation.resource}.${operation.action} needs an application`)
  }
  const status = input.status ?? (input.tweak ? successStatus(operation) : pickStatus(prng, operation))
  const bodySeed = Math.floor(prng.next() * 4294967296)
  const primary = operation.primaryType === 'Application' ? (application as Application) : target
  const entry = new AuditLogRecord(input, bodySeed, status) as unknown as LosantAuditLog
  entry.id = input.id
  entry.auditLogId = input.id
  entry.creationDate = new Date(input.dateMs).toISOString()
  entry.orgId = input.orgId
  entry.primaryTargetId = primary.id
  entry.primaryTargetType = operation.primaryType
  entry.primaryTargetName = primary.name
  if (operation.secondaryType) {
    entry.secondaryTargetId = target.id
    entry.secondaryTargetType = operation.secondaryType
    entry.secondaryTargetName = target.name
  }
  entry.actorId = actor.id
  entry.actorType = actor.type
  entry.actorName = actor.name
  entry.requestResource = operation.resource
  entry.requestAction = operation.action
  // An absent optional body reads as undefined, which JSON leaves out.
  Object.defineProperties(entry, AuditLogRecord.lazyFields)
  entry.responseStatus = status
  return entry
}
