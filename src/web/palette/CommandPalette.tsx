import { Command } from 'cmdk';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { type SearchHit, searchEntityTypes } from '../../contract/index.ts';
import { errorMessage } from '../api/errors.ts';
import { useApi } from '../api/hooks.ts';
import { humanize } from '../lib/labels.ts';
import { useDebounced } from '../lib/use-debounced.ts';
import { hitGroupLabels, hitPath } from './open-hit.ts';

interface Props {
  onClose: () => void;
}

/**
 * Find anything: people, companies, orders, by any part of a name, email, phone, skill or employer. Enter opens the
 * highlighted hit; Enter pressed before the results for what was typed arrive opens the first one when they do.
 */
export function CommandPalette({ onClose }: Props) {
  const navigate = useNavigate();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [opening, setOpening] = useState(false);
  const [openError, setOpenError] = useState<string | null>(null);
  const pendingEnter = useRef(false);
  const term = useDebounced(text.trim(), 120);
  const search = useApi(
    'search',
    { query: { q: term, limit: 20 } },
    { enabled: term.length > 0, placeholderData: (previous) => previous, staleTime: 10_000 },
  );
  const current = text.trim() === term && !search.isPlaceholderData && !search.isFetching;
  const hits = term ? (search.data?.items ?? []) : [];

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) {
      dialog.showModal?.();
      // showModal focuses the first focusable element (cmdk's root), not the input that autoFocus asked for.
      inputRef.current?.focus();
    }
    return () => dialog?.close?.();
  }, []);

  const open = async (hit: SearchHit) => {
    setOpening(true);
    try {
      const path = await hitPath(hit);
      onClose();
      navigate(path);
    } catch (error) {
      setOpenError(errorMessage(error));
      setOpening(false);
    }
  };

  // Results for exactly what was typed just arrived after an early Enter: open the first.
  useEffect(() => {
    if (pendingEnter.current && current && term) {
      pendingEnter.current = false;
      const first = hits[0];
      if (first) void open(first);
    }
  });

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (!current || hits.length === 0) && text.trim()) {
      event.preventDefault();
      pendingEnter.current = true;
    }
  };

  const groups = searchEntityTypes
    .map((type) => ({ type, items: hits.filter((hit) => hit.type === type) }))
    .filter((group) => group.items.length > 0);

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: Esc closes through the dialog's cancel event; a backdrop click is a mouse-only extra
    <dialog
      ref={dialogRef}
      className="palette"
      aria-label="Command palette"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside the panel) closes.
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <Command label="Search" shouldFilter={false} vimBindings={false} loop onKeyDown={onKeyDown}>
        <Command.Input
          ref={inputRef}
          aria-label="Search"
          autoFocus
          value={text}
          onValueChange={(value) => {
            setText(value);
            setOpenError(null);
            pendingEnter.current = false;
          }}
          placeholder="Search candidates, clients, contacts, job orders by name, email, phone, skill…"
        />
        <Command.List className={current ? '' : 'palette-stale'}>
          {!term ? (
            <div className="palette-hint">Type a name, email, phone number, skill or employer.</div>
          ) : null}
          {term && search.error ? <div className="palette-hint">{errorMessage(search.error)}</div> : null}
          {term && current && !search.error && hits.length === 0 ? (
            <Command.Empty>No matches for “{term}”.</Command.Empty>
          ) : null}
          {term && search.isFetching && hits.length === 0 ? (
            <Command.Loading>Searching…</Command.Loading>
          ) : null}
          {groups.map((group) => (
            <Command.Group key={group.type} heading={hitGroupLabels[group.type]}>
              {group.items.map((hit) => (
                <Command.Item
                  key={`${hit.type}:${hit.id}`}
                  value={`${hit.type}:${hit.id}`}
                  onSelect={() => void open(hit)}
                  className="palette-item"
                >
                  <span className="palette-title">{hit.title}</span>
                  {hit.subtitle ? <span className="palette-subtitle">{hit.subtitle}</span> : null}
                  <span className="palette-match">
                    {humanize(hit.matchedOn)}: {hit.matched}
                  </span>
                </Command.Item>
              ))}
            </Command.Group>
          ))}
        </Command.List>
        <footer className="palette-footer">
          {opening ? <span>Opening…</span> : openError ? <span role="alert">{openError}</span> : null}
          <span>
            <kbd>↑</kbd>
            <kbd>↓</kbd> to move · <kbd>Enter</kbd> to open · <kbd>Esc</kbd> to close
          </span>
        </footer>
      </Command>
    </dialog>
  );
}
