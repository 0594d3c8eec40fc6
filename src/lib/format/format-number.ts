const integerFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 })

export function formatCount(n: number): string {
  return integerFormat.format(n)
}
