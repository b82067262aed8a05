import { useQueryClient } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import {
  type ComposeRequest,
  type MessageView,
  type SendProposedRequest,
  sendProposedRequest,
} from '../../contract/messages.ts';
import { ApiError } from '../api/errors.ts';
import { useApiMutation } from '../api/hooks.ts';
import { useUnsavedInput } from '../app/unsaved.ts';
import { Dialog } from '../components/Dialog.tsx';
import { toast } from '../components/toast.tsx';
import { DialogFooter } from '../forms/DialogFooter.tsx';
import { TextAreaField, TextField } from '../forms/Field.tsx';
import { FormProblem } from '../forms/FormProblem.tsx';
import { formResolver } from '../forms/resolver.ts';
import { useServerErrors } from '../forms/use-server-errors.ts';
import { GuardPanel, useGuard } from '../pages/messages/GuardPanel.tsx';
import { blocksSending, bodyForCheck, needsReason } from '../pages/messages/message-text.ts';

interface Props {
  message: MessageView;
  onClose: () => void;
}

const REASON_REQUIRED = 'Give a reason to send despite the warnings';

/** A proposed status update, read and edited before it goes, with the contact guard beside it. */
export function EditProposedMessageDialog({ message, onClose }: Props) {
  const queryClient = useQueryClient();
  const form = useForm<SendProposedRequest>({
    resolver: formResolver(sendProposedRequest),
    defaultValues: {
      version: message.version,
      subject: message.subject ?? '',
      body: message.body,
      overrideReason: '',
    },
  });
  const { errors, isDirty } = form.formState;
  useUnsavedInput(isDirty);
  const mutation = useApiMutation('sendProposed');
  const { problem, onError, clear } = useServerErrors(form, ['version']);
  const values = useWatch({ control: form.control });
  const to = message.candidate
    ? { candidateId: message.candidate.id }
    : message.contact
      ? { contactId: message.contact.id }
      : null;
  const check: ComposeRequest | null = to
    ? {
        to,
        channel: message.channel,
        address: message.to,
        templateKey: message.templateKey,
        topic: message.topic ?? undefined,
        jobOrderId: message.jobOrder?.id ?? null,
        submissionId: message.submissionId,
        subject: message.channel === 'email' ? values.subject || undefined : undefined,
        body: bodyForCheck(values.body ?? ''),
      }
    : null;
  const guard = useGuard(check);
  const warnings = guard.data?.warnings ?? [];
  const blocked = blocksSending(warnings);
  const reasonNeeded = needsReason(warnings);
  const name = message.candidate?.name ?? message.contact?.name ?? message.to;

  const submit = form.handleSubmit(async (input) => {
    clear();
    if (blocked) return;
    const reason = input.overrideReason?.trim() ?? '';
    if (reasonNeeded && !reason) {
      form.setError('overrideReason', { type: 'required', message: REASON_REQUIRED }, { shouldFocus: true });
      return;
    }
    try {
      const sent = await mutation.mutateAsync({
        params: { id: message.id },
        body: {
          ...input,
          subject: message.channel === 'email' ? input.subject : undefined,
          overrideReason: reason || undefined,
        },
      });
      toast(sent.status === 'outbox' ? 'Status update saved in the outbox' : 'Status update sent');
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'guard_warning') {
        await queryClient.invalidateQueries({ queryKey: ['guard'] });
        form.setError('overrideReason', { type: 'server', message: REASON_REQUIRED });
        return;
      }
      onError(error);
    }
  });

  return (
    <Dialog title={`Status update to ${name}`} onClose={onClose} wide>
      <div className="compose-grid">
        <form onSubmit={submit} noValidate className="stack" aria-label="Edit status update">
          <p className="compose-to">
            To: {name} &lt;{message.to}&gt;
            {message.jobOrder ? ` · about ${message.jobOrder.name}` : ''}
          </p>
          {message.channel === 'email' ? (
            <TextField label="Subject" error={errors.subject?.message} {...form.register('subject')} />
          ) : null}
          <TextAreaField
            label="Message"
            rows={9}
            fieldClass="compose-body"
            autoFocus
            error={errors.body?.message}
            {...form.register('body')}
          />
          {reasonNeeded || errors.overrideReason ? (
            <TextAreaField
              label="Reason for sending anyway"
              rows={2}
              error={errors.overrideReason?.message}
              {...form.register('overrideReason')}
            />
          ) : null}
          {blocked ? (
            <p className="form-problem" role="alert">
              This message cannot be sent: {warnings.find((w) => w.kind === 'consent')?.message}.
            </p>
          ) : null}
          <FormProblem problem={problem} />
          <DialogFooter
            submitLabel={reasonNeeded ? 'Send anyway' : 'Send'}
            pending={mutation.isPending}
            disabled={blocked}
            onCancel={onClose}
          />
        </form>
        <GuardPanel report={guard.data} checking={guard.isFetching} error={guard.error} />
      </div>
    </Dialog>
  );
}
