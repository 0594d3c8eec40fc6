export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
export const NIL_UUID = '00000000-0000-0000-0000-000000000000'

/** Entry ids are Go int64s; JSON numbers past 2^53 would not survive in JavaScript anyway. */
export function isBloodHoundLogId(id: string): boolean {
  return /^[1-9]\d{0,15}$/.test(id) && Number(id) <= Number.MAX_SAFE_INTEGER
}

/** A uuid that names something: Go writes the nil uuid for "none". */
export function isBloodHoundUuid(id: string): boolean {
  return UUID_PATTERN.test(id) && id !== NIL_UUID
}
