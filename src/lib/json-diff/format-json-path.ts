import type { JsonPath } from './diff-json'

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/**
 * A path as people read it in JavaScript: `config.nodes[2].type`; keys that are not identifiers
 * are quoted (`headers["content-type"]`), and the body itself is "(body)".
 */
export function formatJsonPath(path: JsonPath, root = '(body)'): string {
  if (path.length === 0) return root
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else if (IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`
    else out += `[${JSON.stringify(key)}]`
  }
  return out
}
