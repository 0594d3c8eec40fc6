/*
 * A digit string is treated as a payment card number only when it has a real issuer prefix
 * (IIN) AND a length that issuer uses AND a valid Luhn check digit. Any one rule alone flags
 * ordinary ids: 13-digit epoch milliseconds pass Luhn one time in ten, but start with 1, which
 * no card network uses.
 */

type LengthRange = readonly [min: number, max: number]

const VISA_LENGTHS = [13, 16, 19]

function issuerLengths(digits: string): readonly number[] | LengthRange | null {
  const two = Number(digits.slice(0, 2))
  const three = Number(digits.slice(0, 3))
  const four = Number(digits.slice(0, 4))
  switch (digits[0]) {
    case '4':
      return VISA_LENGTHS
    case '2':
      if (four >= 2221 && four <= 2720) return [16, 16] // Mastercard 2-series
      if (four >= 2200 && four <= 2204) return [16, 19] // Mir
      return null
    case '3':
      if (two === 34 || two === 37) return [15, 15] // Amex
      if (four >= 3528 && four <= 3589) return [16, 19] // JCB
      if ((three >= 300 && three <= 305) || two === 36 || two === 38 || two === 39) return [14, 19] // Diners
      return null
    case '5':
      if (two >= 51 && two <= 55) return [16, 16] // Mastercard
      if (two === 50 || (two >= 56 && two <= 58)) return [13, 19] // Maestro
      return null
    case '6':
      return [13, 19] // Discover 6011/644-649/65, UnionPay 62, Maestro 6x, RuPay 60
    default:
      return null
  }
}

function hasIssuerLength(digits: string): boolean {
  const lengths = issuerLengths(digits)
  if (lengths === null) return false
  if (lengths === VISA_LENGTHS) return lengths.includes(digits.length)
  const [min, max] = lengths as LengthRange
  return digits.length >= min && digits.length <= max
}

export function passesLuhn(digits: string): boolean {
  let sum = 0
  let double = false
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48
    if (d < 0 || d > 9) return false
    if (double) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
    double = !double
  }
  return digits.length > 0 && sum % 10 === 0
}

/** `digits` must contain digits only (separators already removed). */
export function isCardNumber(digits: string): boolean {
  return digits.length >= 13 && digits.length <= 19 && hasIssuerLength(digits) && passesLuhn(digits)
}
