import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { Ref } from '../../contract/index.ts';
import {
  type ComposeRequest,
  type Recipient,
  type SendMessageRequest,
  sendMessageRequest,
} from '../../contract/messages.ts';
import type { MessageChannel } from '../../domain/messaging.ts';
import { call } from '../api/client.ts';
import { ApiError, errorMessage } from '../api/errors.ts';
import { useApi, useApiMutation } from '../api/hooks.ts';
import { useUnsavedInput } from '../app/unsaved.ts';
import { Dialog } from '../components/Dialog.tsx';
import { toast } from '../components/toast.tsx';
import { emptyToNull } from '../forms/coerce.ts';
import { DialogFooter } from '../forms/DialogFooter.tsx';
import { SelectField, TextAreaField, TextField } from '../forms/Field.tsx';
import { FormProblem } from '../forms/FormProblem.tsx';
import { formResolver } from '../forms/resolver.ts';
import { useServerErrors } from '../forms/use-server-errors.ts';
import { GuardPanel, useGuard } from '../pages/messages/GuardPanel.tsx';
import {
  blocksSending,
  bodyForCheck,
  channelBlockedReason,
  messageChannelLabels,
  needsReason,
} from '../pages/messages/message-text.ts';

export interface ComposeTarget {
  to: Recipient;
  name: string;
  audience: 'candidate' | 'contact';
  emails: string[];
  phones: string[];
  /** Job orders it could be about: a candidate's submissions' orders, a client's open orders. */
  jobOrders: Ref[];
}

interface Props extends ComposeTarget {
  channel?: MessageChannel;
  onClose: () => void;
}

const REASON_REQUIRED = 'Give a reason to send despite the warnings';

/**
 * Writes an email or a text to a candidate or a client contact, from scratch or from a template, with the contact
 * guard beside it: who contacted them lately, likely duplicates, facts that contradict the job order, opt-outs.
 * Over warnings it goes only with a reason (the server holds to that too); over an opt-out it does not go at all.
 */
export function ComposeMessageDialog(props: Props) {
  const { to, name, audience, emails, phones, jobOrders, onClose } = props;
  const queryClient = useQueryClient();
  const firstChannel: MessageChannel =
    props.channel ?? (emails.length === 0 && phones.length > 0 ? 'sms' : 'email');
  const form = useForm<SendMessageRequest>({
    resolver: formResolver(sendMessageRequest),
    mode: 'onSubmit',
    defaultValues: {
      to,
      channel: firstChannel,
      address: (firstChannel === 'email' ? emails[0] : phones[0]) ?? '',
      templateKey: null,
      jobOrderId: null,
      subject: '',
      body: '',
      overrideReason: '',
    },
  });
  const { errors, isDirty } = form.formState;
  useUnsavedInput(isDirty);
  const mutation = useApiMutation('sendMessage');
  const { problem, onError, clear } = useServerErrors(form, ['to', 'templateKey', 'address']);
  const values = useWatch({ control: form.control });
  const channel = values.channel ?? 'email';
  const templates = useApi('listTemplates', {}, { staleTime: 5 * 60_000 });
  const choosable = (templates.data?.items ?? []).filter(
    (t) => t.channel === channel && t.audience === audience,
  );

  // What the last template filled in: text still equal to it holds no edits of the user's to lose.
  const [filled, setFilled] = useState<{ subject: string; body: string } | null>(null);
  const [missing, setMissing] = useState<string[]>([]);
  const [askReplace, setAskReplace] = useState<string | null>(null);
  const [drafting, setDrafting] = useState(false);
  const [draftError, setDraftError] = useState<string | null>(null);

  const check: ComposeRequest = {
    to,
    channel,
    address: values.address || undefined,
    templateKey: values.templateKey ?? null,
    jobOrderId: values.jobOrderId ?? null,
    subject: channel === 'email' ? values.subject || undefined : undefined,
    body: bodyForCheck(values.body ?? ''),
  };
  const guard = useGuard(check);
  const report = guard.data;
  const warnings = report?.warnings ?? [];
  const blocked = blocksSending(warnings);
  const reasonNeeded = needsReason(warnings);
  const addresses = channel === 'email' ? emails : phones;
  const smsBlocked =
    phones.length === 0
      ? 'No phone number on file'
      : report
        ? channelBlockedReason(report.consent, 'sms')
        : null;
  const emailBlocked =
    emails.length === 0
      ? 'No email address on file'
      : report
        ? channelBlockedReason(report.consent, 'email')
        : null;

  const edited = () => {
    const subject = form.getValues('subject') ?? '';
    const body = form.getValues('body') ?? '';
    if (!subject.trim() && !body.trim()) return false;
    return !filled || filled.subject !== subject || filled.body !== body;
  };

  const fill = async (templateKey: string, jobOrderId: string | null) => {
    setDrafting(true);
    setDraftError(null);
    try {
      const draft = await call('draftMessage', { body: { to, templateKey, jobOrderId } });
      const subject = draft.subject ?? '';
      form.setValue('templateKey', templateKey, { shouldDirty: true });
      form.setValue('subject', subject, { shouldDirty: true });
      form.setValue('body', draft.body, { shouldDirty: true });
      setFilled({ subject, body: draft.body });
      setMissing(draft.missing);
    } catch (error) {
      setDraftError(errorMessage(error));
    } finally {
      setDrafting(false);
    }
  };

  const chooseTemplate = (key: string) => {
    setAskReplace(null);
    if (!key) {
      form.setValue('templateKey', null, { shouldDirty: true });
      setFilled(null);
      setMissing([]);
      return;
    }
    if (edited()) setAskReplace(key);
    else void fill(key, form.getValues('jobOrderId') ?? null);
  };

  const chooseChannel = (next: MessageChannel) => {
    form.setValue('channel', next, { shouldDirty: true });
    form.setValue('address', (next === 'email' ? emails[0] : phones[0]) ?? '');
    const current = templates.data?.items.find((t) => t.key === form.getValues('templateKey'));
    if (current && current.channel !== next) form.setValue('templateKey', null);
  };

  const chooseJobOrder = (jobOrderId: string | null) => {
    form.setValue('jobOrderId', jobOrderId, { shouldDirty: true });
    // A template's text the user has not touched follows the order (its title, rates, start date).
    const templateKey = form.getValues('templateKey');
    if (templateKey && filled && !edited()) void fill(templateKey, jobOrderId);
  };

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
        body: {
          ...input,
          address: input.address || undefined,
          subject: input.channel === 'email' ? input.subject : undefined,
          overrideReason: reason || undefined,
        },
      });
      toast(sent.status === 'outbox' ? 'Message saved in the outbox' : 'Message sent');
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'guard_warning') {
        // The guard found more than the report on screen: show its latest, and ask for the reason.
        await queryClient.invalidateQueries({ queryKey: ['guard'] });
        form.setError('overrideReason', {
          type: 'server',
          message: error.issues.find((i) => i.path.endsWith('overrideReason'))?.message ?? REASON_REQUIRED,
        });
        return;
      }
      onError(error);
    }
  });

  return (
    <Dialog title={`Message to ${name}`} onClose={onClose} wide>
      <div className="compose-grid">
        <form onSubmit={submit} noValidate className="stack" aria-label="Compose">
          <fieldset className="channel-choice">
            <legend>Send as</legend>
            {(['email', 'sms'] as const).map((c) => {
              const reason = c === 'sms' ? smsBlocked : emailBlocked;
              return (
                <label key={c}>
                  <input
                    type="radio"
                    name="channel"
                    value={c}
                    checked={channel === c}
                    disabled={Boolean(reason) && channel !== c}
                    onChange={() => chooseChannel(c)}
                  />
                  {messageChannelLabels[c]}
                  {reason ? <span className="pick-detail">({reason})</span> : null}
                </label>
              );
            })}
          </fieldset>
          {addresses.length > 1 ? null : (
            <p className="compose-to">
              To: {name}
              {addresses[0] ? ` <${addresses[0]}>` : ''}
            </p>
          )}
          <div className="form-grid">
            {addresses.length > 1 ? (
              <SelectField
                label={channel === 'email' ? 'To address' : 'To number'}
                options={addresses.map((a) => ({ value: a, label: a }))}
                {...form.register('address')}
              />
            ) : null}
            <SelectField
              label="Template"
              options={choosable.map((t) => ({ value: t.key, label: t.name }))}
              empty="No template"
              value={values.templateKey ?? ''}
              disabled={drafting}
              onChange={(e) => chooseTemplate(e.target.value)}
              hint={drafting ? 'Filling in…' : undefined}
            />
            <SelectField
              label="About job order"
              options={jobOrders.map((j) => ({ value: j.id, label: j.name }))}
              empty="No particular job order"
              value={values.jobOrderId ?? ''}
              error={errors.jobOrderId?.message}
              onChange={(e) => chooseJobOrder(emptyToNull(e.target.value) as string | null)}
            />
          </div>
          {askReplace ? (
            <div className="template-confirm" role="alert">
              <p>Replace what you wrote with the template?</p>
              <button
                type="button"
                className="btn btn-small"
                onClick={() => {
                  const key = askReplace;
                  setAskReplace(null);
                  void fill(key, form.getValues('jobOrderId') ?? null);
                }}
              >
                Replace my text
              </button>
              <button type="button" className="btn btn-small btn-ghost" onClick={() => setAskReplace(null)}>
                Keep my text
              </button>
            </div>
          ) : null}
          {draftError ? (
            <p className="field-error" role="alert">
              The template could not be filled in: {draftError}
            </p>
          ) : null}
          {missing.length > 0 ? (
            <p className="muted">Not known for this message, left as written: {missing.join(', ')}</p>
          ) : null}
          {channel === 'email' ? (
            <TextField label="Subject" error={errors.subject?.message} {...form.register('subject')} />
          ) : null}
          <TextAreaField
            label="Message"
            rows={9}
            fieldClass="compose-body"
            autoFocus
            error={errors.body?.message}
            hint={channel === 'sms' ? `${(values.body ?? '').length} of 1,600 characters` : undefined}
            {...form.register('body')}
          />
          {reasonNeeded || errors.overrideReason ? (
            <TextAreaField
              label="Reason for sending anyway"
              rows={2}
              hint="Kept with the message, beside the warnings it was sent over"
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
            disabled={blocked || drafting}
            onCancel={onClose}
          />
        </form>
        <GuardPanel report={report} checking={guard.isFetching} error={guard.error} />
      </div>
    </Dialog>
  );
}
