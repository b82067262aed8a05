import { useForm } from 'react-hook-form';
import { createCheckInRequest, type PlacementView } from '../../contract/index.ts';
import { checkInKinds } from '../../domain/placement.ts';
import { useApiMutation } from '../api/hooks.ts';
import { useUnsavedInput } from '../app/unsaved.ts';
import { Dialog } from '../components/Dialog.tsx';
import { toast } from '../components/toast.tsx';
import { numberOrNull } from '../forms/coerce.ts';
import { DateTimeField } from '../forms/DateTimeField.tsx';
import { DialogFooter } from '../forms/DialogFooter.tsx';
import { optionsOf, SelectField, TextAreaField } from '../forms/Field.tsx';
import { FormProblem } from '../forms/FormProblem.tsx';
import { formResolver } from '../forms/resolver.ts';
import { useServerErrors } from '../forms/use-server-errors.ts';
import { checkInKindLabels, satisfactionLabels } from '../lib/labels.ts';

interface Props {
  placement: PlacementView;
  onClose: () => void;
}

/** Records how an assignment is going: a call, site visit, email or text with the person on it. */
export function CheckInDialog({ placement, onClose }: Props) {
  const form = useForm({
    resolver: formResolver(createCheckInRequest),
    mode: 'onChange',
    defaultValues: { kind: 'call', satisfaction: null, notes: '', occurredAt: undefined },
  });
  const mutation = useApiMutation('createCheckIn');
  const { problem, onError, clear } = useServerErrors(form);
  const { errors, isDirty } = form.formState;
  useUnsavedInput(isDirty);

  const submit = form.handleSubmit(async (body) => {
    clear();
    try {
      await mutation.mutateAsync({ params: { id: placement.id }, body });
      toast('Check-in recorded');
      onClose();
    } catch (error) {
      onError(error);
    }
  });

  return (
    <Dialog title="Record a check-in" onClose={onClose}>
      <form onSubmit={submit} noValidate className="stack">
        <p className="muted">
          <strong>{placement.candidate.name}</strong> on {placement.jobOrder.name} at {placement.client.name}
        </p>
        <div className="form-grid">
          <SelectField
            label="Kind"
            autoFocus
            options={optionsOf(checkInKinds, checkInKindLabels)}
            error={errors.kind?.message}
            {...form.register('kind')}
          />
          <SelectField
            label="Satisfaction"
            options={[5, 4, 3, 2, 1].map((n) => ({
              value: String(n),
              label: satisfactionLabels[n] ?? String(n),
            }))}
            empty="Not asked"
            error={errors.satisfaction?.message}
            {...form.register('satisfaction', { setValueAs: numberOrNull })}
          />
          <DateTimeField control={form.control} name="occurredAt" label="When" hint="Leave empty for now" />
        </div>
        <TextAreaField label="Notes" rows={4} error={errors.notes?.message} {...form.register('notes')} />
        <FormProblem problem={problem} />
        <DialogFooter submitLabel="Save check-in" pending={mutation.isPending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
