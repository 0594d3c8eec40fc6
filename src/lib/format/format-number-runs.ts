/**
 * Whole numbers written short, runs of three or more as a range: `[400, 401, 402, 404, 405]` →
 * "400–402, 404, 405". The numbers are sorted and duplicates dropped first.
 */
export function formatNumberRuns(values: readonly number[]): string {
  const sorted = [...new Set(values)].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < sorted.length;) {
    let end = i
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]! + 1) end++
    if (end - i >= 2) parts.push(`${sorted[i]}–${sorted[end]}`)
    else for (let k = i; k <= end; k++) parts.push(String(sorted[k]))
    i = end + 1
  }
  return parts.join(', ')
}
