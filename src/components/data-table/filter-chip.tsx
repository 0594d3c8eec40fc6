import type { ComponentPropsWithRef, ReactNode } from 'react'

import type { IconName } from '@/components/ui/icon'
import { Icon } from '@/components/ui/icon'

interface Props extends ComponentPropsWithRef<'button'> {
  icon: IconName
  title: string
  /** What is selected, shown after a divider. */
  summary?: ReactNode
  active: boolean
}

/**
 * The chip button of a filter. Rendered alone until first used, then as the trigger of its
 * popover (which loads on demand), so both look and read the same.
 */
export function FilterChip({ icon, title, summary, active, ...button }: Props) {
  return (
    <button type="button" className="chip" data-active={active || undefined} {...button}>
      <Icon name={icon} size={14} />
      {title}
      {/* The space keeps title and values two words in the button's text ("Time range Any time",
          not "Time rangeAny time"), which label-in-name checks and speech input compare its name
          with. Between flex items it is not drawn. */}
      {summary && (
        <>
          {' '}
          <span className="chip-divider" aria-hidden="true" />
          <span className="chip-values">{summary}</span>
        </>
      )}
    </button>
  )
}
