/**
 * The chart's bar values from the counts asked so far. When the span's total is known (the
 * list's total for the same search), the last bucket is not asked: it is the total less the
 * others, once they are all in. Never below zero (a count asked later may have grown).
 */
export function bucketCounts(
  bucketCount: number,
  asked: readonly (number | null | undefined)[],
  spanTotal: number | undefined,
): (number | undefined)[] {
  const values = Array.from({ length: bucketCount }, (_, i) => asked[i] ?? undefined)
  if (spanTotal === undefined || bucketCount === 0) return values
  const others = values.slice(0, -1)
  values[bucketCount - 1] = others.every((value) => value !== undefined)
    ? Math.max(0, spanTotal - others.reduce<number>((sum, value) => sum + value!, 0))
    : undefined
  return values
}
