/**
 * What a status class stands for where a server filters by exact response codes, not by class
 * (Losant, decision 012): each class is a fixed list of codes, one request may name only so many,
 * and all the offered classes together are every entry, so they send no filter at all.
 */
import type { StatusClass } from './audit-search'

export interface StatusCodeLimits {
  /** The codes each class stands for. */
  byClass: Readonly<Record<StatusClass, readonly number[]>>
  /** At most this many codes in one request. */
  maxPerRequest: number
}

/** The classes as they are offered, in their own order, whatever order they were chosen in. */
function ordered(classes: readonly StatusClass[], offered: readonly StatusClass[]): StatusClass[] {
  return offered.filter((value) => classes.includes(value))
}

/** Whether the chosen classes filter at all: none chosen, or every offered one, is every entry. */
export function filtersByStatus(classes: readonly StatusClass[], offered: readonly StatusClass[]): boolean {
  const chosen = ordered(classes, offered)
  return chosen.length > 0 && chosen.length < offered.length
}

/** The exact codes to send for the chosen classes; undefined when they do not filter. */
export function statusCodesToSend(
  classes: readonly StatusClass[],
  offered: readonly StatusClass[],
  limits: StatusCodeLimits,
): number[] | undefined {
  if (!filtersByStatus(classes, offered)) return undefined
  return ordered(classes, offered).flatMap((value) => limits.byClass[value])
}

/** Whether one request can ask for the chosen classes (always, where there is no limit). */
export function statusClassesFit(
  classes: readonly StatusClass[],
  offered: readonly StatusClass[],
  limits: StatusCodeLimits | undefined,
): boolean {
  if (!limits) return true
  return (statusCodesToSend(classes, offered, limits)?.length ?? 0) <= limits.maxPerRequest
}
