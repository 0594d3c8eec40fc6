import type { CSSProperties } from 'react'

/** Past this depth rows stop moving right, so a 60-deep body stays on screen. */
export const MAX_INDENT_LEVEL = 12

/** How far a row at `depth` (1 = the body's own keys) starts from the tree's edge. */
export function indentOf(depth: number): string {
  return `${Math.min(depth - 1, MAX_INDENT_LEVEL) * 1.25 + 0.25}rem`
}

export function indentStyle(depth: number): CSSProperties {
  return { paddingInlineStart: indentOf(depth) }
}
