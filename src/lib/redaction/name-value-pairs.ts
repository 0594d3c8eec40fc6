/*
 * Records often keep a secret's name and its value in separate places: HAR-style headers
 * ({ name: 'Authorization', value: 'Bearer …' }), tag and setting lists
 * ({ key: 'apiKey', value: '…' }, AWS { Key, Value }), header tuples (['Cookie', 'sid=…']).
 * The value of such a pair is treated as if it sat under a key with that name.
 */

/** Lower-cased keys whose string value names the sibling "value". */
const NAME_KEYS = new Set(['name', 'key', 'header', 'field', 'param', 'parameter', 'variable', 'attribute'])

export type PairRole = 'name' | 'value' | null

export function pairRole(key: string): PairRole {
  if (key.length > 9) return null
  const lower = key.toLowerCase()
  if (lower === 'value') return 'value'
  return NAME_KEYS.has(lower) ? 'name' : null
}

/** Longer strings are prose, not the name of a field. */
export const MAX_PAIR_NAME_LENGTH = 256
