/**
 * UiPath's audit entries carry no id, but the table, the drawer and "open this entry" need one.
 * The id is a hash of the entry's content, so the same entry gets the same id on every load and
 * in every tab. It is computed from the REDACTED entry: an id ends up in URLs and history, and a
 * hash of a raw secret would let anyone with the other fields test guesses of that secret.
 */

/** 16 lowercase hex digits, then `-2`, `-3`… for a repeat of identical content on one page. */
export const UIPATH_ID_PATTERN = /^[0-9a-f]{16}(?:-[1-9]\d{0,5})?$/

const encoder = new TextEncoder()

/**
 * FNV-1a, 64 bits, over the UTF-8 bytes, in four 16-bit limbs (a BigInt per byte is ~20× slower
 * and pages carry kilobytes of details). Synchronous on purpose: crypto.subtle is async, and a
 * decoder is not. Not a security primitive: ids only need to be stable and rarely collide.
 */
export function fnv1a64(text: string): string {
  // Offset basis 0xcbf29ce484222325, lowest limb first.
  let h0 = 0x2325
  let h1 = 0x8422
  let h2 = 0x9ce4
  let h3 = 0xcbf2
  for (const byte of encoder.encode(text)) {
    h0 ^= byte
    // × prime 0x100000001b3 = × 0x1b3 + (× 1 << 40); 1 << 40 is limb 2 shifted by 8 bits.
    const t0 = h0 * 0x1b3
    let t1 = h1 * 0x1b3
    let t2 = h2 * 0x1b3 + (h0 << 8)
    const t3 = h3 * 0x1b3 + (h1 << 8)
    t1 += t0 >>> 16
    h0 = t0 & 0xffff
    t2 += t1 >>> 16
    h1 = t1 & 0xffff
    h3 = (t3 + (t2 >>> 16)) & 0xffff
    h2 = t2 & 0xffff
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, '0')).join('')
}

/** JSON with object keys sorted at every depth, so key order in the vendor's JSON does not matter. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item
    const sorted: Record<string, unknown> = {}
    for (const key of Object.keys(item).sort()) sorted[key] = (item as Record<string, unknown>)[key]
    return sorted
  })
}

/** Gives repeats of one id on a page the suffixes `-2`, `-3`…, in page order. */
export function uniqueIds(ids: readonly string[]): string[] {
  const seen = new Map<string, number>()
  return ids.map((id) => {
    const count = (seen.get(id) ?? 0) + 1
    seen.set(id, count)
    return count === 1 ? id : `${id}-${count}`
  })
}
