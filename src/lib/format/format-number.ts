// Made on first use: building an Intl formatter loads the locale's data, which at module
// evaluation held the list's first request back (decision 009).
let integerFormat: Intl.NumberFormat | undefined

export function formatCount(n: number): string {
  integerFormat ??= new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 })
  return integerFormat.format(n)
}
