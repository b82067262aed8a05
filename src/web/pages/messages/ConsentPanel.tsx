import { useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  type Recipient,
  type RecordConsentRequest,
  recordConsentRequest,
} from '../../../contract/messages.ts';
import { useApi, useApiMutation } from '../../api/hooks.ts';
import { useUnsavedInput } from '../../app/unsaved.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorState, Loading } from '../../components/states.tsx';
import { toast } from '../../components/toast.tsx';
import { When } from '../../components/When.tsx';
import { DialogFooter } from '../../forms/DialogFooter.tsx';
import { SelectField, TextAreaField, TextField } from '../../forms/Field.tsx';
import { FormProblem } from '../../forms/FormProblem.tsx';
import { formResolver } from '../../forms/resolver.ts';
import { useServerErrors } from '../../forms/use-server-errors.ts';
import { consentSummary, messageChannelLabels } from './message-text.ts';
import '../../styles/messages.css';

const sourceLabels: Record<string, string> = {
  staff: 'recorded by staff',
  unsubscribe_link: 'unsubscribe link',
  reply_stop: 'replied STOP',
  form: 'web form',
};

/** A person's consent per channel, and recording it given or withdrawn. */
export function ConsentPanel({ to, name }: { to: Recipient; name: string }) {
  const consent = useApi('getConsent', { query: to });
  const [recording, setRecording] = useState(false);
  if (consent.isPending) return <Loading label="Loading consent…" />;
  if (consent.error) return <ErrorState error={consent.error} retry={() => consent.refetch()} />;
  return (
    <div className="stack">
      <ul className="consent-list" aria-label={`Consent of ${name}`}>
        {consent.data.channels.map((c) => (
          <li key={c.channel}>
            <span>
              <strong>{messageChannelLabels[c.channel]}:</strong> {consentSummary(c)}
            </span>
            {c.at ? (
              <span className="muted">
                <When at={c.at} />
                {c.source ? ` · ${sourceLabels[c.source] ?? c.source}` : ''}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <div>
        <button type="button" className="btn btn-small" onClick={() => setRecording(true)}>
          Record consent
        </button>
      </div>
      {recording ? <RecordConsentDialog to={to} name={name} onClose={() => setRecording(false)} /> : null}
    </div>
  );
}

function RecordConsentDialog({ to, name, onClose }: { to: Recipient; name: string; onClose: () => void }) {
  const form = useForm<RecordConsentRequest>({
    resolver: formResolver(recordConsentRequest),
    defaultValues: { to, channel: 'sms', status: 'granted', noticeVersion: '', note: '' },
  });
  const mutation = useApiMutation('recordConsent');
  const { problem, onError, clear } = useServerErrors(form, ['to']);
  const { errors, isDirty } = form.formState;
  useUnsavedInput(isDirty);
  const submit = form.handleSubmit(async (body) => {
    clear();
    try {
      await mutation.mutateAsync({ body });
      toast('Consent recorded');
      onClose();
    } catch (error) {
      onError(error);
    }
  });
  return (
    <Dialog title={`Record consent of ${name}`} onClose={onClose}>
      <form onSubmit={submit} noValidate className="stack">
        <div className="form-grid">
          <SelectField
            label="Channel"
            options={[
              { value: 'email', label: 'Email' },
              { value: 'sms', label: 'Text messages' },
            ]}
            error={errors.channel?.message}
            {...form.register('channel')}
          />
          <SelectField
            label="Consent"
            options={[
              { value: 'granted', label: 'Given' },
              { value: 'withdrawn', label: 'Withdrawn' },
            ]}
            error={errors.status?.message}
            {...form.register('status')}
          />
          <TextField
            label="Privacy notice version"
            hint="The notice they agreed to, when given"
            error={errors.noticeVersion?.message}
            {...form.register('noticeVersion')}
          />
        </div>
        <TextAreaField label="Note" rows={2} error={errors.note?.message} {...form.register('note')} />
        <FormProblem problem={problem} />
        <DialogFooter submitLabel="Record" pending={mutation.isPending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
