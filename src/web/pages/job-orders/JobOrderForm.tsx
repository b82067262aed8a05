import { FormProvider, type Resolver, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import {
  createJobOrderRequest,
  type JobOrderDetail,
  updateJobOrderRequest,
} from '../../../contract/index.ts';
import { jobTypes, payUnits } from '../../../domain/candidate.ts';
import { shifts } from '../../../domain/job-order.ts';
import { marginPercent } from '../../../domain/placement.ts';
import { useApi } from '../../api/hooks.ts';
import { useUnsavedInput } from '../../app/unsaved.ts';
import { emptyToNull, emptyToUndefined, numberOrNull } from '../../forms/coerce.ts';
import { optionsOf, SelectField, TextAreaField, TextField } from '../../forms/Field.tsx';
import { FormProblem } from '../../forms/FormProblem.tsx';
import { OwnerBranchFields } from '../../forms/OwnerBranchFields.tsx';
import { formResolver } from '../../forms/resolver.ts';
import { useServerErrors } from '../../forms/use-server-errors.ts';
import { jobTypeLabels, payUnitLabels, shiftLabels } from '../../lib/labels.ts';
import { ClientPicker } from './ClientPicker.tsx';
import { SkillListInput } from './SkillListInput.tsx';

type CreateIn = z.input<typeof createJobOrderRequest>;
/** Create fields, with what differs on edit: no client (it cannot change), a version, any status. */
export type JobOrderFormValues = Omit<CreateIn, 'clientId' | 'status'> & {
  clientId?: string;
  status?: string;
  version?: number;
};
export type JobOrderFormOutput = Omit<z.output<typeof createJobOrderRequest>, 'clientId' | 'status'> & {
  clientId?: string;
  status?: z.output<typeof updateJobOrderRequest>['status'];
  version?: number;
};

export const emptyJobOrder = (clientId: string | null): JobOrderFormValues => ({
  clientId: clientId ?? '',
  status: 'open',
  title: '',
  description: '',
  category: '',
  type: 'temp',
  openings: 1,
  payRate: null,
  billRate: null,
  rateUnit: 'hour',
  startDate: null,
  endDate: null,
  shift: null,
  locationLine: '',
  city: '',
  postcode: '',
  requiredSkills: [],
  contactId: null,
  published: false,
});

export const jobOrderToForm = (o: JobOrderDetail, withOwner: boolean): JobOrderFormValues => ({
  version: o.version,
  title: o.title,
  description: o.description ?? '',
  category: o.category ?? '',
  type: o.type,
  openings: o.openings,
  payRate: o.payRate,
  billRate: o.billRate,
  rateUnit: o.rateUnit,
  startDate: o.startDate,
  endDate: o.endDate,
  shift: o.shift,
  locationLine: o.locationLine ?? '',
  city: o.city ?? '',
  postcode: o.postcode ?? '',
  requiredSkills: o.requiredSkills,
  contactId: o.contact?.id ?? null,
  published: o.published,
  ...(withOwner ? { ownerId: o.owner?.id ?? undefined, branchId: o.branch.id } : {}),
});

interface Props {
  mode: 'create' | 'edit';
  initial: JobOrderFormValues;
  /** On edit, the order's client (for its contacts). */
  clientId?: string;
  preselectedClientId?: string | null;
  canReassign: boolean;
  onSave: (values: JobOrderFormOutput, initial: JobOrderFormValues) => Promise<void>;
  onCancel: () => void;
  loadLatestVersion?: () => Promise<number>;
}

/** A client's staffing request: what, how many, when, where, at what rates. */
export function JobOrderForm(props: Props) {
  const { mode, initial, canReassign, onSave, onCancel, loadLatestVersion } = props;
  const schema = mode === 'create' ? createJobOrderRequest : updateJobOrderRequest;
  const form = useForm<JobOrderFormValues, unknown, JobOrderFormOutput>({
    // Same field names in both schemas; create adds the client, edit the version.
    resolver: formResolver(schema) as unknown as Resolver<JobOrderFormValues, unknown, JobOrderFormOutput>,
    mode: 'onChange',
    defaultValues: initial,
  });
  const { problem, onError, clear } = useServerErrors(form);
  const { errors, isSubmitting, isDirty } = form.formState;
  useUnsavedInput(isDirty);
  const { register } = form;
  const chosenClient = useWatch({ control: form.control, name: 'clientId' }) || props.clientId || '';
  const contacts = useApi(
    'clientContacts',
    { params: { id: chosenClient } },
    { enabled: Boolean(chosenClient) },
  );
  const [pay, bill, contactId] = useWatch({
    control: form.control,
    name: ['payRate', 'billRate', 'contactId'],
  });
  const margin = marginPercent(
    typeof pay === 'number' && !Number.isNaN(pay) ? pay : null,
    typeof bill === 'number' && !Number.isNaN(bill) ? bill : null,
  );

  const submit = form.handleSubmit(async (values) => {
    clear();
    try {
      await onSave(values, initial);
    } catch (error) {
      onError(error);
    }
  });
  const reloadLatest = loadLatestVersion
    ? async () => {
        try {
          form.setValue('version', await loadLatestVersion());
          clear();
        } catch (error) {
          onError(error);
        }
      }
    : undefined;

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate className="stack record-form">
        <div className="form-grid">
          <TextField
            label="Title"
            fieldClass="span-2"
            autoFocus={mode === 'create'}
            error={errors.title?.message}
            {...register('title')}
          />
          {mode === 'create' ? <ClientPicker preselectedId={props.preselectedClientId ?? null} /> : null}
          <SelectField
            label="Contact"
            options={(contacts.data?.items ?? []).map((c) => ({
              value: c.id,
              label: `${c.firstName} ${c.lastName}`,
            }))}
            empty={chosenClient ? 'No contact' : 'Choose a client first'}
            value={contactId ?? ''}
            error={errors.contactId?.message}
            {...register('contactId', { setValueAs: emptyToNull })}
          />
          {mode === 'create' ? (
            <SelectField
              label="Status"
              options={[
                { value: 'open', label: 'Open' },
                { value: 'requested', label: 'Requested (not confirmed yet)' },
              ]}
              error={errors.status?.message}
              {...register('status')}
            />
          ) : null}
          <SelectField
            label="Job type"
            options={optionsOf(jobTypes, jobTypeLabels)}
            error={errors.type?.message}
            {...register('type')}
          />
          <TextField
            label="Openings"
            type="number"
            min="1"
            step="1"
            error={errors.openings?.message}
            {...register('openings', { setValueAs: numberOrNull })}
          />
          <TextField
            label="Pay rate"
            type="number"
            step="0.01"
            min="0"
            error={errors.payRate?.message}
            {...register('payRate', { setValueAs: numberOrNull })}
          />
          <TextField
            label="Bill rate"
            type="number"
            step="0.01"
            min="0"
            error={errors.billRate?.message}
            {...register('billRate', { setValueAs: numberOrNull })}
          />
          <SelectField
            label="Rate per"
            options={optionsOf(payUnits, payUnitLabels)}
            error={errors.rateUnit?.message}
            {...register('rateUnit', { setValueAs: emptyToUndefined })}
          />
          <div className="field">
            <span className="field-label">Margin</span>
            <output className="field-static">{margin === null ? '—' : `${margin.toFixed(1)} %`}</output>
          </div>
          <TextField
            label="Start date"
            type="date"
            error={errors.startDate?.message}
            {...register('startDate', { setValueAs: emptyToNull })}
          />
          <TextField
            label="End date"
            type="date"
            error={errors.endDate?.message}
            {...register('endDate', { setValueAs: emptyToNull })}
          />
          <SelectField
            label="Shift"
            options={optionsOf(shifts, shiftLabels)}
            empty="—"
            error={errors.shift?.message}
            {...register('shift', { setValueAs: emptyToNull })}
          />
          <TextField label="Category" error={errors.category?.message} {...register('category')} />
          <TextField
            label="Work address"
            fieldClass="span-2"
            error={errors.locationLine?.message}
            {...register('locationLine')}
          />
          <TextField label="City" error={errors.city?.message} {...register('city')} />
          <TextField label="Postcode" error={errors.postcode?.message} {...register('postcode')} />
          <SkillListInput control={form.control} name="requiredSkills" label="Required skills" />
          {canReassign ? <OwnerBranchFields mode={mode} /> : null}
        </div>
        <TextAreaField
          label="Description"
          rows={6}
          error={errors.description?.message}
          {...register('description')}
        />
        <label className="checkbox">
          <input type="checkbox" {...register('published')} />
          Publish on the careers page
        </label>
        <FormProblem problem={problem} onReloadLatest={reloadLatest} />
        <div className="form-footer">
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
            {isSubmitting ? 'Saving…' : mode === 'create' ? 'Create job order' : 'Save changes'}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
