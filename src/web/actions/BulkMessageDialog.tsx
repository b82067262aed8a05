import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { Ref } from '../../contract/index.ts';
import {
  type BulkMessageRequest,
  type BulkMessageResult,
  bulkMessageRequest,
} from '../../contract/messages.ts';
import { useApi, useApiMutation } from '../api/hooks.ts';
import { useUnsavedInput } from '../app/unsaved.ts';
import { Dialog } from '../components/Dialog.tsx';
import { toast } from '../components/toast.tsx';
import { DialogFooter } from '../forms/DialogFooter.tsx';
import { SelectField, TextAreaField, TextField } from '../forms/Field.tsx';
import { FormProblem } from '../forms/FormProblem.tsx';
import { formResolver } from '../forms/resolver.ts';
import { useServerErrors } from '../forms/use-server-errors.ts';

export interface BulkPerson extends Ref {
  /** Why they are on the list, e.g. their stage on the order. */
  detail: string;
  /** Ticked to begin with. */
  chosen: boolean;
}

interface Props {
  title: string;
  people: BulkPerson[];
  jobOrderId: string | null;
  onClose: () => void;
}

/**
 * One email to many candidates (everyone on a job order, say): the template's merge fields are filled for each
 * person by the server, each message is checked by the contact guard, opted-out people are skipped, and each
 * carries an unsubscribe link. People the guard warns about are skipped unless a reason is given for all.
 */
export function BulkMessageDialog({ title, people, jobOrderId, onClose }: Props) {
  const [chosen, setChosen] = useState(() => new Set(people.filter((p) => p.chosen).map((p) => p.id)));
  const [result, setResult] = useState<BulkMessageResult | null>(null);
  const form = useForm<Omit<BulkMessageRequest, 'to'>>({
    // The people are the checklist's, added when it is sent; the form checks the rest.
    resolver: formResolver(bulkMessageRequest.omit({ to: true })),
    defaultValues: {
      channel: 'email',
      templateKey: null,
      jobOrderId,
      subject: '',
      body: 'Hi {{candidate.firstName}},\n\n\n\n{{signature}}',
      overrideReason: '',
    },
  });
  const { errors, isDirty } = form.formState;
  useUnsavedInput(isDirty && !result);
  const values = useWatch({ control: form.control });
  const templates = useApi('listTemplates', {}, { staleTime: 5 * 60_000 });
  const choosable = (templates.data?.items ?? []).filter(
    (t) => t.channel === 'email' && t.audience === 'candidate' && !t.key.startsWith('status_'),
  );
  const mutation = useApiMutation('sendBulkMessage');
  const { problem, onError, clear } = useServerErrors(form, ['templateKey', 'jobOrderId']);

  const chooseTemplate = (key: string) => {
    const t = choosable.find((x) => x.key === key);
    form.setValue('templateKey', t ? t.key : null, { shouldDirty: true });
    if (t) {
      form.setValue('subject', t.subject ?? '', { shouldDirty: true });
      form.setValue('body', t.body, { shouldDirty: true });
    }
  };

  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const submit = form.handleSubmit(async (input) => {
    clear();
    try {
      const sent = await mutation.mutateAsync({
        body: {
          ...input,
          to: people.filter((p) => chosen.has(p.id)).map((p) => ({ candidateId: p.id })),
          overrideReason: input.overrideReason?.trim() || undefined,
        },
      });
      setResult(sent);
      toast(`${sent.queued.length} ${sent.queued.length === 1 ? 'message' : 'messages'} on their way`);
    } catch (error) {
      onError(error);
    }
  });

  if (result) {
    return (
      <Dialog title={title} onClose={onClose}>
        <div className="stack">
          <p>
            {result.queued.length} {result.queued.length === 1 ? 'message' : 'messages'} written
            {result.queued.length > 0 ? ': see them in Messages' : ''}.
          </p>
          {result.skipped.length > 0 ? (
            <>
              <h3>Not sent to</h3>
              <ul className="bulk-skipped">
                {result.skipped.map((s) => (
                  <li key={s.to?.id ?? s.reason}>
                    <strong>{s.to?.name ?? 'Someone'}</strong>: {s.reason}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <div className="dialog-footer">
            <button type="button" className="btn btn-primary" onClick={onClose}>
              Done
            </button>
          </div>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={title} onClose={onClose} wide>
      <form onSubmit={submit} noValidate className="stack" aria-label="Message to many">
        <fieldset className="checkbox-group bulk-people">
          <legend>
            To {chosen.size} of {people.length}
          </legend>
          {people.map((p) => (
            <label key={p.id} className="checkbox">
              <input type="checkbox" checked={chosen.has(p.id)} onChange={() => toggle(p.id)} />
              {p.name} <span className="pick-detail">{p.detail}</span>
            </label>
          ))}
        </fieldset>
        <SelectField
          label="Template"
          options={choosable.map((t) => ({ value: t.key, label: t.name }))}
          empty="No template"
          value={values.templateKey ?? ''}
          onChange={(e) => chooseTemplate(e.target.value)}
          hint="Merge fields such as {{candidate.firstName}} are filled in for each person"
        />
        <TextField label="Subject" error={errors.subject?.message} {...form.register('subject')} />
        <TextAreaField label="Message" rows={9} error={errors.body?.message} {...form.register('body')} />
        <TextAreaField
          label="Reason to send to people the contact guard warns about (optional)"
          rows={2}
          hint="Without one, anyone a colleague contacted today, or who got this recently, is skipped; people who opted out always are"
          {...form.register('overrideReason')}
        />
        <FormProblem problem={problem} />
        <DialogFooter
          submitLabel={`Send to ${chosen.size}`}
          pending={mutation.isPending}
          disabled={chosen.size === 0}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
