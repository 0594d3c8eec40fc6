import { Popover } from 'radix-ui'
import { useId, useMemo, useState } from 'react'
import { Icon } from '@/components/ui/icon'
import { formatCount } from '@/lib/format/format-number'

export interface FacetOption {
  value: string
  label: string
  /** Matches for this value alone (with the other filters applied); undefined while unknown. */
  count?: number
}

interface Props {
  title: string
  options: readonly FacetOption[]
  selected: readonly string[]
  onChange: (values: string[]) => void
  /** Shows a search box over the options (for long lists). */
  searchable?: boolean
  /** Told when the list opens or closes, e.g. to fetch counts only while it is open. */
  onOpenChange?: (open: boolean) => void
  /** Shown in place of counts while they load, or when the source cannot count. */
  countsStatus?: 'loading' | 'ready' | 'unavailable'
}

/** How many selected values the chip names before it says "N selected". */
const NAMED_ON_CHIP = 2

/**
 * A filter chip in the style of shadcn's faceted filter: a button naming the filter and what is
 * selected, opening a list of checkboxes (with counts) and a "Clear" button.
 */
export function DataTableFacetedFilter(props: Props) {
  const { title, options, selected, onChange, searchable } = props
  const [query, setQuery] = useState('')
  const searchId = useId()
  const listId = useId()

  const visible = useMemo(() => {
    const needle = query.trim().toLowerCase()
    return needle ? options.filter((option) => option.label.toLowerCase().includes(needle)) : options
  }, [options, query])

  const labels = selected.map((value) => options.find((option) => option.value === value)?.label ?? value)
  const summary =
    labels.length === 0 ? '' : labels.length <= NAMED_ON_CHIP ? labels.join(', ') : `${labels.length} selected`

  function toggle(value: string, checked: boolean) {
    onChange(checked ? [...selected, value] : selected.filter((v) => v !== value))
  }

  return (
    <Popover.Root
      onOpenChange={(open) => {
        if (!open) setQuery('')
        props.onOpenChange?.(open)
      }}
    >
      <Popover.Trigger asChild>
        <button
          type="button"
          className="chip"
          data-active={selected.length > 0 || undefined}
          // Says "filter", so the Status chip is not confused with the Status column's sort button.
          aria-label={`${title} filter${summary ? `: ${summary}` : ''}`}
        >
          <Icon name="plusCircle" size={14} />
          {title}
          {summary && (
            <>
              <span className="chip-divider" aria-hidden="true" />
              <span className="chip-values">{summary}</span>
            </>
          )}
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className="popover facet-popover" align="start" sideOffset={6} aria-label={title}>
          {searchable && (
            <div className="facet-search">
              <label htmlFor={searchId} className="sr-only">
                Search {title}
              </label>
              <input
                id={searchId}
                type="search"
                placeholder={`Search ${title.toLowerCase()}…`}
                value={query}
                onChange={(event) => setQuery(event.target.value)}
                autoComplete="off"
              />
            </div>
          )}
          <fieldset className="facet-options" id={listId}>
            <legend className="sr-only">{title}</legend>
            {visible.length === 0 && <p className="facet-empty">No matches.</p>}
            {visible.map((option) => (
              <label key={option.value} className="facet-option">
                <input
                  type="checkbox"
                  checked={selected.includes(option.value)}
                  onChange={(event) => toggle(option.value, event.target.checked)}
                />
                <span className="facet-label">{option.label}</span>
                <FacetCount count={option.count} status={props.countsStatus} />
              </label>
            ))}
          </fieldset>
          {selected.length > 0 && (
            <button type="button" className="button button-quiet facet-clear" onClick={() => onChange([])}>
              Clear {title.toLowerCase()}
            </button>
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  )
}

function FacetCount({ count, status }: { count?: number; status?: Props['countsStatus'] }) {
  if (count !== undefined) return <span className="facet-count">{formatCount(count)}</span>
  if (status === 'loading') return <span className="facet-count facet-count-loading" aria-label="counting" />
  return null
}
