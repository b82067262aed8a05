import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { endPlacementRequest, type PlacementView } from '../../contract/index.ts';
import { endReasons } from '../../domain/placement.ts';
import { call } from '../api/client.ts';
import { invalidateAfter, useApiMutation } from '../api/hooks.ts';
import { useUnsavedInput } from '../app/unsaved.ts';
import { Dialog } from '../components/Dialog.tsx';
import { toast } from '../components/toast.tsx';
import { emptyToUndefined } from '../forms/coerce.ts';
import { DialogFooter } from '../forms/DialogFooter.tsx';
import { optionsOf, SelectField, TextAreaField, TextField } from '../forms/Field.tsx';
import { FormProblem } from '../forms/FormProblem.tsx';
import { formResolver } from '../forms/resolver.ts';
import { useServerErrors } from '../forms/use-server-errors.ts';
import { formatDate, todayIso } from '../lib/format.ts';
import { endReasonLabels } from '../lib/labels.ts';

interface Props {
  placement: PlacementView;
  onClose: () => void;
}

/** Ends an active assignment: when and why. A reason that means the person did not stay gives the opening back. */
export function EndAssignmentDialog({ placement, onClose }: Props) {
  const form = useForm({
    resolver: formResolver(endPlacementRequest),
    mode: 'onChange',
    // No reason preselected: why it ended is the one thing the user must say.
    defaultValues: { version: placement.version, endedOn: todayIso(), endNotes: '' },
  });
  const mutation = useApiMutation('endPlacement');
  const queryClient = useQueryClient();
  const { problem, onError, clear } = useServerErrors(form, ['version']);
  const [reloading, setReloading] = useState(false);
  const { errors, isDirty } = form.formState;
  useUnsavedInput(isDirty);

  const submit = form.handleSubmit(async (body) => {
    clear();
    try {
      await mutation.mutateAsync({ params: { id: placement.id }, body });
      toast(`${placement.candidate.name}: assignment ended`);
      onClose();
    } catch (error) {
      onError(error);
    }
  });

  // Someone changed the placement meanwhile (a check-in does not; another end or an edit does): read its version
  // again, keep what was typed, and refresh the lists behind the dialog.
  const reloadLatest = async () => {
    setReloading(true);
    try {
      const { items } = await call('clientPlacements', { params: { id: placement.client.id } });
      const latest = items.find((p) => p.id === placement.id);
      if (latest) form.setValue('version', latest.version);
      clear();
      void invalidateAfter(queryClient, 'endPlacement');
    } catch (error) {
      onError(error);
    } finally {
      setReloading(false);
    }
  };

  return (
    <Dialog title="End assignment" onClose={onClose}>
      <form onSubmit={submit} noValidate className="stack">
        <p className="muted">
          <strong>{placement.candidate.name}</strong> on {placement.jobOrder.name} at {placement.client.name},
          since {formatDate(placement.startDate)}
          {placement.endDate ? `, planned to end ${formatDate(placement.endDate)}` : ''}
        </p>
        <div className="form-grid">
          <TextField
            label="Ended on"
            type="date"
            min={placement.startDate}
            max={todayIso()}
            error={errors.endedOn?.message}
            {...form.register('endedOn')}
          />
          <SelectField
            label="Reason"
            autoFocus
            options={optionsOf(endReasons, endReasonLabels)}
            empty="Choose a reason"
            error={errors.endReason?.message}
            {...form.register('endReason', { setValueAs: emptyToUndefined })}
          />
        </div>
        <TextAreaField
          label="Notes"
          rows={3}
          error={errors.endNotes?.message}
          {...form.register('endNotes')}
        />
        <FormProblem problem={problem} onReloadLatest={reloadLatest} reloading={reloading} />
        <DialogFooter submitLabel="End assignment" pending={mutation.isPending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
