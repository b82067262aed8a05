interface Props {
  submitLabel: string;
  pending: boolean;
  onCancel: () => void;
  disabled?: boolean;
}

/** Cancel and the confirming button of a dialog form. */
export function DialogFooter({ submitLabel, pending, onCancel, disabled }: Props) {
  return (
    <div className="form-footer">
      <button type="button" className="btn" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="btn btn-primary" disabled={pending || disabled}>
        {pending ? 'Saving…' : submitLabel}
      </button>
    </div>
  );
}
