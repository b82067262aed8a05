import { useForm } from 'react-hook-form';
import { logTouchpointRequest, type Ref } from '../../contract/index.ts';
import { activityForManualLog, activityLabels, type ManualChannel } from '../../domain/touchpoint.ts';
import { useApi, useApiMutation } from '../api/hooks.ts';
import { useUnsavedInput } from '../app/unsaved.ts';
import { Dialog } from '../components/Dialog.tsx';
import { toast } from '../components/toast.tsx';
import { emptyToNull, emptyToUndefined } from '../forms/coerce.ts';
import { DateTimeField } from '../forms/DateTimeField.tsx';
import { DialogFooter } from '../forms/DialogFooter.tsx';
import { SelectField, TextAreaField } from '../forms/Field.tsx';
import { FormProblem } from '../forms/FormProblem.tsx';
import { formResolver } from '../forms/resolver.ts';
import { useServerErrors } from '../forms/use-server-errors.ts';
import { directionLabels, optionsFor, outcomeLabels } from './options.ts';

interface Props {
  subjectType: 'candidate' | 'client';
  subjectId: string;
  channel: ManualChannel;
  /** Job orders it could be about (a candidate's submissions, a client's orders). */
  jobOrders: Ref[];
  /** A client's contacts, to say whom the call was with. */
  contacts?: Ref[];
  defaultContactId?: string | null;
  onClose: () => void;
}

const copy: Record<ManualChannel, { title: string; submit: string; done: string }> = {
  call: { title: 'Log a call', submit: 'Save call', done: 'Call logged' },
  email: { title: 'Log an email', submit: 'Save email', done: 'Email logged' },
  sms: { title: 'Log a text message', submit: 'Save text', done: 'Text logged' },
  meeting: { title: 'Log a meeting', submit: 'Save meeting', done: 'Meeting logged' },
  note: { title: 'Add a note', submit: 'Save note', done: 'Note added' },
};

/** Logs a call, email, meeting or note with a candidate or a client; it joins everyone's shared timeline. */
export function LogTouchpointDialog(props: Props) {
  const { subjectType, subjectId, channel, jobOrders, contacts, onClose } = props;
  const form = useForm({
    resolver: formResolver(logTouchpointRequest),
    mode: 'onChange',
    defaultValues: {
      subjectType,
      subjectId,
      channel,
      direction: channel === 'call' || channel === 'email' || channel === 'sms' ? 'out' : undefined,
      summary: '',
      outcome: null,
      jobOrderId: null,
      contactId: props.defaultContactId ?? null,
      occurredAt: undefined,
      activity: undefined,
    },
  });
  const mutation = useApiMutation('logTouchpoint');
  const { problem, onError, clear } = useServerErrors(form, ['subjectType', 'subjectId', 'channel']);
  const { errors, isDirty } = form.formState;
  useUnsavedInput(isDirty);
  const text = copy[channel];
  const outcomes = optionsFor(channel);
  // The firm's own steps (activities its admins added to the journey definition) can be what this contact was.
  const definition = useApi(
    'journeyDefinition',
    { params: { type: subjectType } },
    { staleTime: 5 * 60_000 },
  );
  const ownSteps = definition.data?.activities.filter((a) => !a.builtIn) ?? [];
  const defaultStep = activityForManualLog(subjectType, channel);
  const defaultStepLabel =
    definition.data?.activities.find((a) => a.key === defaultStep)?.label ?? activityLabels[defaultStep];

  const submit = form.handleSubmit(async (body) => {
    clear();
    try {
      await mutation.mutateAsync({ body });
      toast(text.done);
      onClose();
    } catch (error) {
      onError(error);
    }
  });

  return (
    <Dialog title={text.title} onClose={onClose}>
      <form onSubmit={submit} noValidate className="stack">
        <TextAreaField
          label="Summary"
          rows={5}
          autoFocus
          error={errors.summary?.message}
          {...form.register('summary')}
        />
        <div className="form-grid">
          {channel !== 'note' ? (
            <SelectField
              label="Direction"
              options={[
                { value: 'out', label: directionLabels.out },
                { value: 'in', label: directionLabels.in },
              ]}
              empty="—"
              error={errors.direction?.message}
              {...form.register('direction', { setValueAs: emptyToUndefined })}
            />
          ) : null}
          {outcomes.length > 0 ? (
            <SelectField
              label="Outcome"
              options={outcomes.map((o) => ({ value: o, label: outcomeLabels[o] ?? o }))}
              empty="—"
              error={errors.outcome?.message}
              {...form.register('outcome', { setValueAs: emptyToNull })}
            />
          ) : null}
          {ownSteps.length > 0 ? (
            <SelectField
              label="Step"
              options={ownSteps.map((a) => ({ value: a.key, label: a.label }))}
              empty={defaultStepLabel}
              hint="Which step of the journey this was"
              error={errors.activity?.message}
              {...form.register('activity', { setValueAs: emptyToUndefined })}
            />
          ) : null}
          {contacts ? (
            <SelectField
              label="Contact"
              options={contacts.map((c) => ({ value: c.id, label: c.name }))}
              empty="Company in general"
              error={errors.contactId?.message}
              {...form.register('contactId', { setValueAs: emptyToNull })}
            />
          ) : null}
          <SelectField
            label="About job order"
            options={jobOrders.map((j) => ({ value: j.id, label: j.name }))}
            empty="No particular job order"
            error={errors.jobOrderId?.message}
            {...form.register('jobOrderId', { setValueAs: emptyToNull })}
          />
          <DateTimeField control={form.control} name="occurredAt" label="When" hint="Leave empty for now" />
        </div>
        <FormProblem problem={problem} />
        <DialogFooter submitLabel={text.submit} pending={mutation.isPending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
