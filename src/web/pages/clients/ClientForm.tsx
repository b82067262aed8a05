import { FormProvider, type Resolver, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { type ClientDetail, createClientRequest, updateClientRequest } from '../../../contract/index.ts';
import { sources } from '../../../domain/candidate.ts';
import { clientStatuses, industries } from '../../../domain/client.ts';
import { useUnsavedInput } from '../../app/unsaved.ts';
import { emptyToNull } from '../../forms/coerce.ts';
import { optionsOf, SelectField, TextAreaField, TextField } from '../../forms/Field.tsx';
import { FormProblem } from '../../forms/FormProblem.tsx';
import { OwnerBranchFields } from '../../forms/OwnerBranchFields.tsx';
import { formResolver } from '../../forms/resolver.ts';
import { useServerErrors } from '../../forms/use-server-errors.ts';
import { clientStatusLabels, humanize, sourceLabels } from '../../lib/labels.ts';

export type ClientFormValues = z.input<typeof createClientRequest> & { version?: number };
export type ClientFormOutput = z.output<typeof createClientRequest> & { version?: number };

export const emptyClient = (): ClientFormValues => ({
  name: '',
  status: 'prospect',
  industry: null,
  website: '',
  phone: null,
  addressLine: '',
  city: '',
  region: '',
  postcode: '',
  source: null,
  sourceDetail: '',
  notes: '',
});

export const clientToForm = (c: ClientDetail, withOwner: boolean): ClientFormValues => ({
  version: c.version,
  name: c.name,
  status: c.status,
  industry: c.industry,
  website: c.website ?? '',
  phone: c.phone,
  addressLine: c.addressLine ?? '',
  city: c.city ?? '',
  region: c.region ?? '',
  postcode: c.postcode ?? '',
  source: c.source,
  sourceDetail: c.sourceDetail ?? '',
  notes: c.notes ?? '',
  ...(withOwner ? { ownerId: c.owner?.id ?? undefined, branchId: c.branch.id } : {}),
});

interface Props {
  mode: 'create' | 'edit';
  initial: ClientFormValues;
  canReassign: boolean;
  onSave: (values: ClientFormOutput, initial: ClientFormValues) => Promise<void>;
  onCancel: () => void;
  loadLatestVersion?: () => Promise<number>;
}

const industryOptions = industries.map((i) => ({ value: i, label: humanize(i) }));

/** A client company's details. */
export function ClientForm({ mode, initial, canReassign, onSave, onCancel, loadLatestVersion }: Props) {
  const schema = mode === 'create' ? createClientRequest : updateClientRequest;
  const form = useForm<ClientFormValues, unknown, ClientFormOutput>({
    // Same field names in both schemas; an update adds the version.
    resolver: formResolver(schema) as unknown as Resolver<ClientFormValues, unknown, ClientFormOutput>,
    mode: 'onChange',
    defaultValues: initial,
  });
  const { problem, onError, clear } = useServerErrors(form);
  const { errors, isSubmitting, isDirty } = form.formState;
  useUnsavedInput(isDirty);
  const { register } = form;

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
            label="Company name"
            fieldClass="span-2"
            autoFocus={mode === 'create'}
            error={errors.name?.message}
            {...register('name')}
          />
          <SelectField
            label="Status"
            options={optionsOf(clientStatuses, clientStatusLabels)}
            error={errors.status?.message}
            {...register('status')}
          />
          <SelectField
            label="Industry"
            options={industryOptions}
            empty="—"
            error={errors.industry?.message}
            {...register('industry', { setValueAs: emptyToNull })}
          />
          <TextField
            label="Main phone"
            type="tel"
            error={errors.phone?.message}
            {...register('phone', { setValueAs: emptyToNull })}
          />
          <TextField label="Website" error={errors.website?.message} {...register('website')} />
          <TextField
            label="Street address"
            fieldClass="span-2"
            error={errors.addressLine?.message}
            {...register('addressLine')}
          />
          <TextField label="City" error={errors.city?.message} {...register('city')} />
          <TextField label="Region" error={errors.region?.message} {...register('region')} />
          <TextField label="Postcode" error={errors.postcode?.message} {...register('postcode')} />
          <SelectField
            label="How did they hear about us?"
            options={optionsOf(sources, sourceLabels)}
            empty="Not asked"
            error={errors.source?.message}
            {...register('source', { setValueAs: emptyToNull })}
          />
          <TextField
            label="Source detail"
            error={errors.sourceDetail?.message}
            {...register('sourceDetail')}
          />
          {canReassign ? <OwnerBranchFields mode={mode} /> : null}
        </div>
        <TextAreaField label="Notes" rows={5} error={errors.notes?.message} {...register('notes')} />
        <FormProblem problem={problem} onReloadLatest={reloadLatest} />
        <div className="form-footer">
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
            {isSubmitting ? 'Saving…' : mode === 'create' ? 'Create client' : 'Save changes'}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
