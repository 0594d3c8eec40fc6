import { useEffect } from 'react'

import { SEARCH_INPUT_ID } from './page-ids'

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
}

function rowLinks(): HTMLAnchorElement[] {
  return [...document.querySelectorAll<HTMLAnchorElement>('table tbody tr[data-row-id] a.row-link')]
}

/**
 * The list's keyboard shortcuts: j/k (or ↓/↑ within the table) move between rows, Enter opens
 * the focused row (it is a link), `/` jumps to the search box, `?` shows the shortcuts. None fires
 * while typing in a field or while a dialog (the drawer) is open.
 */
export function useListShortcuts({ onHelp }: { onHelp: () => void }) {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
      if (isTyping(event.target) || document.querySelector('[role="dialog"]')) return
      const links = rowLinks()
      const current = links.findIndex((link) => link.closest('tr')?.contains(document.activeElement))
      const inTable = current !== -1
      let step = 0
      if (event.key === 'j' || (inTable && event.key === 'ArrowDown')) step = 1
      if (event.key === 'k' || (inTable && event.key === 'ArrowUp')) step = -1
      if (step !== 0 && links.length) {
        event.preventDefault()
        const next = inTable ? Math.min(links.length - 1, Math.max(0, current + step)) : 0
        links[next]!.focus()
        links[next]!.scrollIntoView({ block: 'nearest' })
        return
      }
      if (event.key === '/') {
        event.preventDefault()
        const box = document.getElementById(SEARCH_INPUT_ID)
        ;(box ?? document.querySelector<HTMLElement>('#audit-log-filters button'))?.focus()
        return
      }
      if (event.key === '?') {
        event.preventDefault()
        onHelp()
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [onHelp])
}
