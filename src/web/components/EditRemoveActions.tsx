import { type ReactNode, useState } from 'react';

interface Props {
  /** What the line is, for screen readers: the buttons read "Edit …", "Remove …", "Confirm remove …". */
  what: string;
  onEdit: () => void;
  /** Removes the line once confirmed; when the promise it returns (if any) fails, Remove is offered again. */
  onRemove: () => unknown;
  /** A removal is under way: Confirm remove is disabled. */
  pending: boolean;
  /** Called when Remove is pressed, before asking (e.g. to clear an earlier failure). */
  onAsk?: () => void;
  /** Why the last removal failed, after the buttons. */
  error?: ReactNode;
}

/** The Edit and Remove buttons of a line in a list; Remove asks for a confirmation (Confirm remove / Keep) first. */
export function EditRemoveActions({ what, onEdit, onRemove, pending, onAsk, error }: Props) {
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="line-actions">
      <button type="button" className="btn-link" onClick={onEdit}>
        Edit <span className="visually-hidden">{what}</span>
      </button>
      {confirming ? (
        <>
          <button
            type="button"
            className="btn-link danger"
            disabled={pending}
            onClick={async () => {
              try {
                await onRemove();
              } catch {
                setConfirming(false);
              }
            }}
          >
            Confirm remove <span className="visually-hidden">{what}</span>
          </button>
          <button type="button" className="btn-link" onClick={() => setConfirming(false)}>
            Keep
          </button>
        </>
      ) : (
        <button
          type="button"
          className="btn-link"
          onClick={() => {
            onAsk?.();
            setConfirming(true);
          }}
        >
          Remove <span className="visually-hidden">{what}</span>
        </button>
      )}
      {error}
    </div>
  );
}
