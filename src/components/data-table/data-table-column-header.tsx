import { Icon } from '@/components/ui/icon'

export type SortDirection = 'asc' | 'desc'

interface Props {
  label: string
  /** Omit for a column the server cannot sort by; without `onToggle` the order is fixed. */
  sort?: { direction: SortDirection | false; onToggle?: () => void }
  className?: string
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const

/**
 * A `<th>` whose sort control is a real button and whose state is announced with `aria-sort`
 * (only sortable columns carry the attribute, as the ARIA practices advise).
 */
export function DataTableColumnHeader({ label, sort, className }: Props) {
  if (!sort) {
    return (
      <th scope="col" className={className}>
        {label}
      </th>
    )
  }
  const { direction, onToggle } = sort
  if (!onToggle) {
    // The server has one order only: say which, offer nothing to change.
    return (
      <th scope="col" className={className} aria-sort={direction ? ARIA_SORT[direction] : 'none'}>
        {label}
      </th>
    )
  }
  return (
    <th scope="col" className={className} aria-sort={direction ? ARIA_SORT[direction] : 'none'}>
      <button type="button" className="column-sort" onClick={onToggle}>
        {label}
        <Icon name={direction === 'asc' ? 'arrowUp' : direction === 'desc' ? 'arrowDown' : 'arrowUpDown'} size={14} />
      </button>
    </th>
  )
}
