export { applyJsonChanges } from './apply-json-changes'
export type { DiffSlicing, JsonChange, JsonPath } from './diff-json'
export { diffJson, diffJsonInSlices } from './diff-json'
export { formatJsonPath } from './format-json-path'
