import { useCallback } from 'react';
import { type BlockerFunction, useBlocker } from 'react-router';
import { Dialog } from '../components/Dialog.tsx';
import { shouldAskBeforeLeaving } from './unsaved.ts';

/**
 * Asks before an in-app link, the palette or the Back button leaves a page whose form holds unsaved input, as the
 * browser does before a reload or tab close (see unsaved.ts).
 */
export function UnsavedChangesGuard() {
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      shouldAskBeforeLeaving(currentLocation.pathname, nextLocation.pathname),
    [],
  );
  const blocker = useBlocker(shouldBlock);
  if (blocker.state !== 'blocked') return null;
  return <ConfirmLeave onStay={() => blocker.reset()} onLeave={() => blocker.proceed()} />;
}

interface ConfirmProps {
  onStay: () => void;
  onLeave: () => void;
  leaveLabel?: string;
}

/** "Leave this page?" with Stay (the default, and what Esc does) and Leave without saving. */
export function ConfirmLeave({ onStay, onLeave, leaveLabel = 'Leave without saving' }: ConfirmProps) {
  return (
    <Dialog title="Leave this page?" onClose={onStay}>
      <div className="stack">
        <p>What you typed here has not been saved. If you leave now, it is lost.</p>
        <div className="form-footer">
          <button type="button" className="btn" onClick={onLeave}>
            {leaveLabel}
          </button>
          <button type="button" className="btn btn-primary" data-autofocus="" onClick={onStay}>
            Stay on this page
          </button>
        </div>
      </div>
    </Dialog>
  );
}
