import { useState } from 'react';
import type { MessageView } from '../../../contract/messages.ts';
import { EditProposedMessageDialog } from '../../actions/EditProposedMessageDialog.tsx';
import { ApiError, errorMessage } from '../../api/errors.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { toast } from '../../components/toast.tsx';
import { FileMessageDialog } from './FileMessageDialog.tsx';

const cancellable = new Set(['outbox', 'queued', 'retrying', 'failed']);

/** What can be done with a message where it stands: retry, cancel, send/edit/dismiss a proposal, file from triage. */
export function MessageActions({ message, label }: { message: MessageView; label: string }) {
  const [dialog, setDialog] = useState<'edit' | 'file' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const retry = useApiMutation('retryMessage');
  const cancel = useApiMutation('cancelMessage');
  const send = useApiMutation('sendProposed');
  const pending = retry.isPending || cancel.isPending || send.isPending;
  const params = { id: message.id };
  const version = { version: message.version };

  const run = async (work: () => Promise<unknown>, done: string) => {
    setProblem(null);
    try {
      await work();
      toast(done);
    } catch (error) {
      // A proposal the guard now warns about goes through the editor, where the warnings and a reason field are.
      if (error instanceof ApiError && error.code === 'guard_warning') setDialog('edit');
      else setProblem(errorMessage(error));
    }
  };
  const hidden = <span className="visually-hidden"> {label}</span>;

  return (
    <>
      <div className="row-actions">
        {message.status === 'proposed' ? (
          <>
            <button
              type="button"
              className="btn-link"
              disabled={pending}
              onClick={() =>
                run(
                  () =>
                    send.mutateAsync({
                      params,
                      body: { ...version, subject: message.subject ?? undefined, body: message.body },
                    }),
                  'Status update sent',
                )
              }
            >
              Send{hidden}
            </button>
            <button type="button" className="btn-link" disabled={pending} onClick={() => setDialog('edit')}>
              Edit{hidden}
            </button>
            <button
              type="button"
              className="btn-link danger"
              disabled={pending}
              onClick={() =>
                run(() => cancel.mutateAsync({ params, body: version }), 'Status update dismissed')
              }
            >
              Dismiss{hidden}
            </button>
          </>
        ) : null}
        {message.status === 'failed' ? (
          <button
            type="button"
            className="btn-link"
            disabled={pending}
            onClick={() => run(() => retry.mutateAsync({ params, body: version }), 'Message queued again')}
          >
            Retry{hidden}
          </button>
        ) : null}
        {cancellable.has(message.status) ? (
          <button
            type="button"
            className="btn-link danger"
            disabled={pending}
            onClick={() => run(() => cancel.mutateAsync({ params, body: version }), 'Message cancelled')}
          >
            Cancel{hidden}
          </button>
        ) : null}
        {message.status === 'triage' ? (
          <button type="button" className="btn-link" onClick={() => setDialog('file')}>
            File{hidden}
          </button>
        ) : null}
      </div>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      {dialog === 'edit' ? (
        <EditProposedMessageDialog message={message} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'file' ? <FileMessageDialog message={message} onClose={() => setDialog(null)} /> : null}
    </>
  );
}
