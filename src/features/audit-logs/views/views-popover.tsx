import './views.css'

import { Popover } from 'radix-ui'
import type { ChangeEvent, FormEvent, ReactNode } from 'react'
import { useId, useMemo, useRef, useState } from 'react'
import { useLocation, useNavigate } from 'react-router'

import { Icon } from '@/components/ui/icon'
import { AUDIT_LOGS_PATH } from '@/config/paths'
import { viewParams } from '@/features/audit-logs/search/audit-search-params'
import { searchContext } from '@/features/audit-logs/search/use-audit-search'
import { downloadFile } from '@/lib/browser/download-file'
import { viewsMessages } from '@/lib/i18n/views-messages'
import { useSourceClient } from '@/sources/source-client-context'

import type { SavedView } from './saved-views'
import { exportViewsText, MAX_IMPORT_BYTES, MAX_NAME_LENGTH } from './saved-views'
import type { ActionResult } from './use-saved-views'
import { useSavedViews } from './use-saved-views'
import { savedViewsKey } from './views-storage'

/** The link that opens a view: the list's path and the view's search, on this origin. */
function viewLink(params: string): string {
  return new URL(params ? `${AUDIT_LOGS_PATH}?${params}` : AUDIT_LOGS_PATH, location.origin).href
}

/**
 * The saved-views menu: open, save, rename, delete, make default, copy a link, export and
 * import. Mounted once the "Views" button was pressed (its chunk holds zod), so it opens at once.
 */
export default function ViewsPopover({ trigger }: { trigger: ReactNode }) {
  const [open, setOpen] = useState(true)
  const { source, scope } = useSourceClient()
  const key = savedViewsKey(scope)
  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>{trigger}</Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          className="popover views-popover"
          align="start"
          sideOffset={6}
          collisionPadding={8}
          aria-label={viewsMessages.title}
        >
          <SavedViewsPanel key={key} storageKey={key} sourceId={source.id} onOpened={() => setOpen(false)} />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  )
}

function SavedViewsPanel({
  storageKey,
  sourceId,
  onOpened,
}: {
  storageKey: string
  sourceId: string
  onOpened: () => void
}) {
  const views = useSavedViews(storageKey)
  const { saved, notice } = views
  const { source } = useSourceClient()
  const context = searchContext(source)
  const location = useLocation()
  const navigate = useNavigate()
  const current = useMemo(() => viewParams(new URLSearchParams(location.search), context), [location.search, context])
  const m = viewsMessages
  const fileInput = useRef<HTMLInputElement>(null)

  function open(view: SavedView) {
    void navigate({ pathname: AUDIT_LOGS_PATH, search: view.params })
    onOpened()
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = '' // choosing the same file again is another import
    if (!file) return
    if (file.size > MAX_IMPORT_BYTES) {
      views.say({ text: m.notices.importTooLarge, problem: true })
      return
    }
    let text: string
    try {
      text = await file.text()
    } catch {
      views.say({ text: m.notices.importReadFailed, problem: true })
      return
    }
    views.importText(text, (params) => viewParams(new URLSearchParams(params), context))
  }

  return (
    <div className="views-panel">
      <h2 className="popover-title">{m.title}</h2>
      {saved.views.length === 0 ? (
        <p className="muted views-empty">{m.empty}</p>
      ) : (
        <ul className="views-list">
          {saved.views.map((view) => (
            <SavedViewRow
              key={view.id}
              view={view}
              isDefault={saved.defaultId === view.id}
              isCurrent={view.params === current}
              onOpen={() => open(view)}
              onRename={(name) => views.rename(view, name)}
              onDelete={() => views.remove(view)}
              onToggleDefault={() => views.toggleDefault(view)}
              onCopied={(ok) =>
                views.say(
                  ok ? { text: m.linkCopied(view.name), problem: false } : { text: m.linkFailed, problem: true },
                )
              }
            />
          ))}
        </ul>
      )}
      <NameForm
        label={m.nameLabel}
        submitLabel={m.save}
        placeholder={m.namePlaceholder}
        onSubmit={(name) => views.save(name, current)}
      />
      <div className="views-file-actions">
        <button
          type="button"
          className="button button-quiet"
          disabled={saved.views.length === 0}
          onClick={() =>
            downloadFile(
              new Blob([exportViewsText(saved, sourceId)], { type: 'application/json' }),
              m.exportFileName(sourceId),
            )
          }
        >
          <Icon name="download" size={14} />
          {m.exportViews}
        </button>
        <button type="button" className="button button-quiet" onClick={() => fileInput.current?.click()}>
          <Icon name="upload" size={14} />
          {m.importViews}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="sr-only"
          // Reached through the Import button; hidden from assistive technology, which has the button.
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => void importFile(event)}
        />
      </div>
      <p role="status" className={notice?.problem ? 'views-notice views-notice-problem' : 'views-notice'}>
        {notice?.text}
      </p>
    </div>
  )
}

function SavedViewRow({
  view,
  isDefault,
  isCurrent,
  onOpen,
  onRename,
  onDelete,
  onToggleDefault,
  onCopied,
}: {
  view: SavedView
  isDefault: boolean
  isCurrent: boolean
  onOpen: () => void
  onRename: (name: string) => ActionResult
  onDelete: () => void
  onToggleDefault: () => void
  onCopied: (ok: boolean) => void
}) {
  const [mode, setMode] = useState<'idle' | 'renaming' | 'deleting'>('idle')
  const m = viewsMessages

  if (mode === 'renaming') {
    return (
      <li className="views-row">
        <NameForm
          label={m.renameLabel(view.name)}
          submitLabel={m.saveName}
          initial={view.name}
          autoFocus
          onSubmit={(name) => {
            const result = onRename(name)
            if (result.ok) setMode('idle')
            return result
          }}
          onCancel={() => setMode('idle')}
        />
      </li>
    )
  }
  if (mode === 'deleting') {
    return (
      <li className="views-row views-row-confirm">
        <span className="views-confirm-text">{m.confirmDelete(view.name)}</span>
        <span className="views-row-actions">
          <button type="button" className="button button-danger" onClick={onDelete} autoFocus>
            {m.confirmDeleteYes}
          </button>
          <button type="button" className="button button-quiet" onClick={() => setMode('idle')}>
            {m.cancel}
          </button>
        </span>
      </li>
    )
  }
  return (
    <li className="views-row">
      <button
        type="button"
        className="views-open"
        onClick={onOpen}
        aria-current={isCurrent || undefined}
        aria-label={m.open(view.name)}
      >
        <span className="views-name">{view.name}</span>
      </button>
      {/* Beside the button, not in it: its name holds what it shows (WCAG 2.5.3). */}
      {(isDefault || isCurrent) && (
        <span className="views-badges">
          {isDefault && <span className="views-badge">{m.defaultBadge}</span>}
          {isCurrent && <span className="views-badge views-badge-current">{m.current}</span>}
        </span>
      )}
      <span className="views-row-actions">
        <button
          type="button"
          className="icon-button"
          aria-pressed={isDefault}
          // A toggle keeps its name; aria-pressed says whether this view is the default.
          aria-label={m.makeDefault(view.name)}
          title={m.makeDefault(view.name)}
          onClick={onToggleDefault}
        >
          <Icon name="star" size={15} />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={m.copyLink(view.name)}
          title={m.copyLink(view.name)}
          onClick={() => {
            navigator.clipboard.writeText(viewLink(view.params)).then(
              () => onCopied(true),
              () => onCopied(false),
            )
          }}
        >
          <Icon name="link" size={15} />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={m.rename(view.name)}
          title={m.rename(view.name)}
          onClick={() => setMode('renaming')}
        >
          <Icon name="pencil" size={15} />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={m.delete(view.name)}
          title={m.delete(view.name)}
          onClick={() => setMode('deleting')}
        >
          <Icon name="trash" size={15} />
        </button>
      </span>
    </li>
  )
}

/** A name for a view (new or renamed), with what is wrong with it said beside the field. */
function NameForm({
  label,
  submitLabel,
  placeholder,
  initial = '',
  autoFocus = false,
  onSubmit,
  onCancel,
}: {
  label: string
  submitLabel: string
  placeholder?: string
  initial?: string
  autoFocus?: boolean
  onSubmit: (name: string) => ActionResult
  onCancel?: () => void
}) {
  const id = useId()
  const [name, setName] = useState(initial)
  const [problem, setProblem] = useState<string | null>(null)

  function submit(event: FormEvent) {
    event.preventDefault()
    const result = onSubmit(name)
    if (result.ok) {
      setName('')
      setProblem(null)
    } else setProblem(result.problem)
  }

  return (
    <form className="views-name-form" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-name`} className="views-name-label">
        {label}
      </label>
      <div className="views-name-fields">
        <input
          id={`${id}-name`}
          value={name}
          maxLength={MAX_NAME_LENGTH}
          placeholder={placeholder}
          autoFocus={autoFocus}
          aria-invalid={problem !== null || undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button button-primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {viewsMessages.cancel}
          </button>
        )}
      </div>
      {problem && (
        <p id={`${id}-problem`} className="field-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  )
}
