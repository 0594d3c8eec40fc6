import { useId } from 'react'

import { messages } from '@/lib/i18n'
import type { Theme } from '@/lib/theme/theme-preference'
import { setTheme, useTheme } from '@/lib/theme/theme-preference'

const LABELS: Record<Theme, string> = messages.app.theme.options

/** Chooses the colour theme; "System" follows prefers-color-scheme. */
export function ThemeSelect() {
  const id = useId()
  const theme = useTheme()
  return (
    <span className="theme-select">
      <label htmlFor={id}>{messages.app.theme.label}</label>
      <select id={id} value={theme} onChange={(event) => setTheme(event.target.value as Theme)}>
        {(Object.keys(LABELS) as Theme[]).map((value) => (
          <option key={value} value={value}>
            {LABELS[value]}
          </option>
        ))}
      </select>
    </span>
  )
}
