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

/**
 * The exact codes to send for the chosen classes and single codes (a class ORs with a code, as a
 * repeated filter does); undefined when they do not filter: nothing chosen, or every class.
 */
export function statusCodesToSend(
  classes: readonly StatusClass[],
  offered: readonly StatusClass[],
  limits: StatusCodeLimits,
  exact: readonly number[] = [],
): number[] | undefined {
  const chosen = ordered(classes, offered)
  if (chosen.length > 0 && chosen.length === offered.length) return undefined
  const codes = [...new Set([...chosen.flatMap((value) => limits.byClass[value]), ...exact])]
  return codes.length ? codes : undefined
}

/** Whether one request can ask for the chosen classes and codes (always, where there is no limit). */
export function statusClassesFit(
  classes: readonly StatusClass[],
  offered: readonly StatusClass[],
  limits: StatusCodeLimits | undefined,
  exact: readonly number[] = [],
): boolean {
  if (!limits) return true
  return (statusCodesToSend(classes, offered, limits, exact)?.length ?? 0) <= limits.maxPerRequest
}
