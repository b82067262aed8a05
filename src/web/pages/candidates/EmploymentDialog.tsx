import { type Resolver, useForm } from 'react-hook-form';
import type { z } from 'zod';
import {
  createEmploymentRequest,
  type EmploymentEntry,
  updateEmploymentRequest,
} from '../../../contract/index.ts';
import { payUnits } from '../../../domain/candidate.ts';
import { call } from '../../api/client.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { useUnsavedInput } from '../../app/unsaved.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { toast } from '../../components/toast.tsx';
import { emptyToNull, numberOrNull } from '../../forms/coerce.ts';
import { DialogFooter } from '../../forms/DialogFooter.tsx';
import { optionsOf, SelectField, TextAreaField, TextField } from '../../forms/Field.tsx';
import { FormProblem } from '../../forms/FormProblem.tsx';
import { formResolver } from '../../forms/resolver.ts';
import { changedFields } from '../../forms/server-issues.ts';
import { useServerErrors } from '../../forms/use-server-errors.ts';
import { payUnitLabels } from '../../lib/labels.ts';

type Values = z.input<typeof createEmploymentRequest> & { version?: number };
type Output = z.output<typeof createEmploymentRequest> & { version?: number };

interface Props {
  candidateId: string;
  /** The line to change; absent to add one. */
  entry?: EmploymentEntry;
  onClose: () => void;
}

const toValues = (e?: EmploymentEntry): Values =>
  e
    ? {
        version: e.version ?? 1,
        employer: e.employer,
        title: e.title,
        startDate: e.startDate,
        endDate: e.endDate,
        duties: e.duties ?? '',
        payRate: e.payRate,
        payUnit: e.payUnit,
        reasonForLeaving: e.reasonForLeaving ?? '',
      }
    : {
        employer: '',
        title: '',
        startDate: null,
        endDate: null,
        duties: '',
        payRate: null,
        payUnit: null,
        reasonForLeaving: '',
      };

/** Adds or corrects a line of employment history typed in by staff. */
export function EmploymentDialog({ candidateId, entry, onClose }: Props) {
  const initial = toValues(entry);
  const schema = entry ? updateEmploymentRequest : createEmploymentRequest;
  const form = useForm<Values, unknown, Output>({
    // The two schemas share field names; an update adds the version.
    resolver: formResolver(schema) as unknown as Resolver<Values, unknown, Output>,
    mode: 'onChange',
    defaultValues: initial,
  });
  const add = useApiMutation('addEmployment');
  const update = useApiMutation('updateEmployment');
  const { problem, onError, clear } = useServerErrors(form);
  const { errors, isDirty, isSubmitting } = form.formState;
  useUnsavedInput(isDirty);

  const submit = form.handleSubmit(async (values) => {
    clear();
    try {
      if (entry) {
        const body = changedFields(values, initial, ['version']) as z.input<typeof updateEmploymentRequest>;
        await update.mutateAsync({ params: { id: candidateId, entryId: entry.id }, body });
        toast('Employment updated');
      } else {
        const { version: _version, ...body } = values;
        await add.mutateAsync({ params: { id: candidateId }, body });
        toast('Employment added');
      }
      onClose();
    } catch (error) {
      onError(error);
    }
  });

  const reloadLatest = entry
    ? async () => {
        const history = await call('candidateEmployment', { params: { id: candidateId } });
        const latest = history.items.find((item) => item.id === entry.id);
        if (latest?.version) form.setValue('version', latest.version);
        clear();
      }
    : undefined;

  return (
    <Dialog title={entry ? 'Edit employment' : 'Add employment'} onClose={onClose}>
      <form onSubmit={submit} noValidate className="stack">
        <div className="form-grid">
          <TextField
            label="Employer"
            autoFocus
            error={errors.employer?.message}
            {...form.register('employer')}
          />
          <TextField label="Job title" error={errors.title?.message} {...form.register('title')} />
          <TextField
            label="Start date"
            type="date"
            error={errors.startDate?.message}
            {...form.register('startDate', { setValueAs: emptyToNull })}
          />
          <TextField
            label="End date"
            type="date"
            hint="Leave empty if current"
            error={errors.endDate?.message}
            {...form.register('endDate', { setValueAs: emptyToNull })}
          />
          <TextField
            label="Pay rate"
            type="number"
            step="0.01"
            min="0"
            error={errors.payRate?.message}
            {...form.register('payRate', { setValueAs: numberOrNull })}
          />
          <SelectField
            label="Pay per"
            options={optionsOf(payUnits, payUnitLabels)}
            empty="—"
            error={errors.payUnit?.message}
            {...form.register('payUnit', { setValueAs: emptyToNull })}
          />
        </div>
        <TextAreaField label="Duties" error={errors.duties?.message} {...form.register('duties')} />
        <TextField
          label="Reason for leaving"
          error={errors.reasonForLeaving?.message}
          {...form.register('reasonForLeaving')}
        />
        <FormProblem problem={problem} onReloadLatest={reloadLatest} />
        <DialogFooter submitLabel="Save employment" pending={isSubmitting} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
