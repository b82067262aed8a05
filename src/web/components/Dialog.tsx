import { type ReactNode, useEffect, useId, useRef } from 'react';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** `drawer` slides in from the right for long forms. */
  variant?: 'modal' | 'drawer';
  wide?: boolean;
}

/**
 * A modal dialog on the native `<dialog>` element: the browser traps focus, makes the page behind inert and closes
 * on Esc. Mount it to open it; `onClose` unmounts it.
 */
export function Dialog({ title, onClose, children, variant = 'modal', wide }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      dialog.showModal?.();
      // showModal focuses the first focusable element, the Close button: React's autoFocus ran while the dialog was
      // still closed and did nothing, so the field a form asks to start in is focused here (see Field's autoFocus).
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    return () => dialog?.close?.();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${variant}${wide ? ' dialog-wide' : ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Esc: let React decide (it unmounts us) instead of the browser closing a dialog React still renders.
        event.preventDefault();
        onClose();
      }}
    >
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="btn-icon" onClick={onClose} aria-label="Close">
          ×
        </button>
      </header>
      <div className="dialog-body">{children}</div>
    </dialog>
  );
}
