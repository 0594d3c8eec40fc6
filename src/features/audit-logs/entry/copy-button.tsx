import { useEffect, useState } from 'react'

import { Icon } from '@/components/ui/icon'
import { messages } from '@/lib/i18n'

/**
 * Copies text produced on demand (always the redacted form) and says so in a live region.
 * Clipboard failures (permissions, insecure context) are reported, not swallowed.
 */
export function CopyButton({ label, text }: { label: string; text: () => string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), 2000)
    return () => clearTimeout(timer)
  }, [state])

  return (
    <>
      <button
        type="button"
        className="button button-quiet"
        onClick={() => {
          navigator.clipboard.writeText(text()).then(
            () => setState('copied'),
            () => setState('failed'),
          )
        }}
      >
        <Icon name={state === 'copied' ? 'check' : 'copy'} size={14} />
        {label}
      </button>
      <span className="sr-only" role="status">
        {state === 'copied'
          ? messages.common.copied(label)
          : state === 'failed'
            ? messages.common.copyFailed(label)
            : ''}
      </span>
    </>
  )
}
