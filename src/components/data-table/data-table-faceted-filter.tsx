import { Popover } from 'radix-ui'
import { useId, useMemo, useState } from 'react'

import { formatCount } from '@/lib/format/format-number'
import { messages } from '@/lib/i18n'

import type { FacetOption } from './facet-summary'
import { facetChipLabel, summarizeSelection } from './facet-summary'
import { FilterChip } from './filter-chip'

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
  /** Open on mount: the chip was pressed before this component had loaded. */
  defaultOpen?: boolean
  /** A line under the options, e.g. what the values stand for as a whole. */
  note?: string
}

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

  const summary = summarizeSelection(options, selected)

  function toggle(value: string, checked: boolean) {
    onChange(checked ? [...selected, value] : selected.filter((v) => v !== value))
  }

  return (
    <Popover.Root
      defaultOpen={props.defaultOpen}
      onOpenChange={(open) => {
        if (!open) setQuery('')
        props.onOpenChange?.(open)
      }}
    >
      <Popover.Trigger asChild>
        <FilterChip
          icon="plusCircle"
          title={title}
          summary={summary}
          active={selected.length > 0}
          aria-label={facetChipLabel(title, summary)}
        />
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className="popover facet-popover" align="start" sideOffset={6} aria-label={title}>
          {searchable && (
            <div className="facet-search">
              <label htmlFor={searchId} className="sr-only">
                {messages.facets.search(title)}
              </label>
              <input
                id={searchId}
                type="search"
                placeholder={messages.facets.searchPlaceholder(title)}
                value={query}
                onChange={(event) => setQuery(event.target.value)}
                autoComplete="off"
              />
            </div>
          )}
          <fieldset className="facet-options" id={listId}>
            <legend className="sr-only">{title}</legend>
            {visible.length === 0 && <p className="facet-empty">{messages.facets.noMatches}</p>}
            {visible.map((option) => {
              const described = Boolean(option.detail || option.unavailable)
              const descriptionId = `${listId}-${option.value}-about`
              const checkbox = (
                <label
                  key={option.value}
                  className="facet-option"
                  data-unavailable={option.unavailable ? 'true' : undefined}
                >
                  <input
                    type="checkbox"
                    checked={selected.includes(option.value)}
                    disabled={Boolean(option.unavailable)}
                    aria-describedby={described ? descriptionId : undefined}
                    onChange={(event) => toggle(option.value, event.target.checked)}
                  />
                  <span className="facet-label">{option.label}</span>
                  <FacetCount count={option.count} status={props.countsStatus} />
                </label>
              )
              if (!described) return checkbox
              // Outside the label: it describes the checkbox without becoming part of its name.
              return (
                <div key={option.value} className="facet-option-described">
                  {checkbox}
                  <p id={descriptionId} className="facet-detail">
                    {option.detail && <span>{option.detail}</span>}
                    {/* A space between the two, so they are read as two sentences. */}
                    {option.detail && option.unavailable && ' '}
                    {option.unavailable && <span>{option.unavailable}</span>}
                  </p>
                </div>
              )
            })}
          </fieldset>
          {props.note && <p className="facet-note">{props.note}</p>}
          {selected.length > 0 && (
            <button type="button" className="button button-quiet facet-clear" onClick={() => onChange([])}>
              {messages.facets.clear(title)}
            </button>
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  )
}

function FacetCount({ count, status }: { count?: number; status?: Props['countsStatus'] }) {
  if (count !== undefined) return <span className="facet-count">{formatCount(count)}</span>
  if (status === 'loading') {
    return (
      <span className="facet-count facet-count-loading">
        <span className="sr-only">{messages.facets.counting}</span>
      </span>
    )
  }
  return null
}
