export { applyJsonChanges } from './apply-json-changes'
export type { JsonChange, JsonPath } from './diff-json'
export { diffJson } from './diff-json'
export { formatJsonPath } from './format-json-path'
