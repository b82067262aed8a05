import { useEffect } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { createPlacementRequest, type SubmissionView } from '../../contract/index.ts';
import { payUnits } from '../../domain/candidate.ts';
import { marginPercent } from '../../domain/placement.ts';
import { useApi, useApiMutation } from '../api/hooks.ts';
import { useUnsavedInput } from '../app/unsaved.ts';
import { Dialog } from '../components/Dialog.tsx';
import { toast } from '../components/toast.tsx';
import { emptyToNull, emptyToUndefined, numberOrNull } from '../forms/coerce.ts';
import { DialogFooter } from '../forms/DialogFooter.tsx';
import { optionsOf, SelectField, TextField } from '../forms/Field.tsx';
import { FormProblem } from '../forms/FormProblem.tsx';
import { formResolver } from '../forms/resolver.ts';
import { useServerErrors } from '../forms/use-server-errors.ts';
import { todayIso } from '../lib/format.ts';
import { payUnitLabels } from '../lib/labels.ts';

interface Props {
  /** Live submissions that may be placed; the first is preselected. */
  submissions: SubmissionView[];
  onClose: () => void;
}

/** Places a candidate from a live submission; dates and rates start from the job order's. */
export function PlaceDialog({ submissions, onClose }: Props) {
  const form = useForm({
    resolver: formResolver(createPlacementRequest),
    mode: 'onChange',
    defaultValues: {
      submissionId: submissions[0]?.id ?? '',
      startDate: todayIso(),
      endDate: null,
      payRate: null,
      billRate: null,
      rateUnit: 'hour',
      jobOrderVersion: undefined,
    },
  });
  const submissionId = useWatch({ control: form.control, name: 'submissionId' });
  const submission = submissions.find((s) => s.id === submissionId) ?? submissions[0];
  const jobOrderId = submission?.jobOrder.id ?? '';
  const order = useApi('getJobOrder', { params: { id: jobOrderId } }, { enabled: Boolean(jobOrderId) });
  const mutation = useApiMutation('createPlacement');
  const { problem, onError, clear } = useServerErrors(form, ['jobOrderVersion']);
  const { errors, isDirty } = form.formState;
  useUnsavedInput(isDirty);

  // Prefill from the order each time another order is chosen, without overwriting what the user typed.
  useEffect(() => {
    const o = order.data;
    if (!o) return;
    const untouched = (name: 'payRate' | 'billRate' | 'rateUnit' | 'startDate' | 'endDate') =>
      !form.getFieldState(name).isDirty;
    form.setValue('jobOrderVersion', o.version);
    if (untouched('payRate')) form.setValue('payRate', o.payRate, { shouldValidate: true });
    if (untouched('billRate')) form.setValue('billRate', o.billRate, { shouldValidate: true });
    if (untouched('rateUnit')) form.setValue('rateUnit', o.rateUnit);
    if (untouched('startDate') && o.startDate && o.startDate > todayIso())
      form.setValue('startDate', o.startDate);
    if (untouched('endDate') && o.endDate) form.setValue('endDate', o.endDate);
  }, [order.data, form]);

  const [pay, bill] = useWatch({ control: form.control, name: ['payRate', 'billRate'] });
  const margin = marginPercent(
    typeof pay === 'number' && !Number.isNaN(pay) ? pay : null,
    typeof bill === 'number' && !Number.isNaN(bill) ? bill : null,
  );

  const submit = form.handleSubmit(async (body) => {
    clear();
    try {
      await mutation.mutateAsync({ body });
      toast(`${submission?.candidate.name ?? 'Candidate'} placed`);
      onClose();
    } catch (error) {
      onError(error);
      // The order may have moved on (another placement): fetch its new version for the next try.
      void order.refetch();
    }
  });

  return (
    <Dialog title={`Place ${submission?.candidate.name ?? 'candidate'}`} onClose={onClose}>
      <form onSubmit={submit} noValidate className="stack">
        {submissions.length > 1 ? (
          <SelectField
            label="Job order"
            options={submissions.map((s) => ({
              value: s.id,
              label: `${s.jobOrder.name} — ${s.client.name}`,
            }))}
            error={errors.submissionId?.message}
            {...form.register('submissionId')}
          />
        ) : (
          <p className="muted">
            On <strong>{submission?.jobOrder.name}</strong> at {submission?.client.name}
          </p>
        )}
        {order.data ? (
          <p className="muted">
            {order.data.filled} of {order.data.openings} openings filled
          </p>
        ) : null}
        <div className="form-grid">
          <TextField
            label="Start date"
            type="date"
            error={errors.startDate?.message}
            {...form.register('startDate')}
          />
          <TextField
            label="End date"
            type="date"
            error={errors.endDate?.message}
            {...form.register('endDate', { setValueAs: emptyToNull })}
          />
          <TextField
            label="Pay rate"
            type="number"
            step="0.01"
            min="0"
            inputMode="decimal"
            error={errors.payRate?.message}
            {...form.register('payRate', { setValueAs: numberOrNull })}
          />
          <TextField
            label="Bill rate"
            type="number"
            step="0.01"
            min="0"
            inputMode="decimal"
            error={errors.billRate?.message}
            {...form.register('billRate', { setValueAs: numberOrNull })}
          />
          <SelectField
            label="Rate per"
            options={optionsOf(payUnits, payUnitLabels)}
            error={errors.rateUnit?.message}
            {...form.register('rateUnit', { setValueAs: emptyToUndefined })}
          />
          <div className="field">
            <span className="field-label">Margin</span>
            <output className="field-static">{margin === null ? '—' : `${margin.toFixed(1)} %`}</output>
          </div>
        </div>
        <FormProblem problem={problem} />
        <DialogFooter submitLabel="Confirm placement" pending={mutation.isPending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
