import { FormProvider, type Resolver, useForm } from 'react-hook-form';
import { createCandidateRequest, updateCandidateRequest } from '../../../contract/index.ts';
import { candidateStatuses, jobTypes, payUnits, sources } from '../../../domain/candidate.ts';
import { useUnsavedInput } from '../../app/unsaved.ts';
import { ContactPointRows } from '../../forms/ContactPointRows.tsx';
import { emptyToNull, numberOrNull } from '../../forms/coerce.ts';
import { withBlankRowsDropped } from '../../forms/drop-blank-rows.ts';
import { optionsOf, SelectField, TextAreaField, TextField } from '../../forms/Field.tsx';
import { FormProblem } from '../../forms/FormProblem.tsx';
import { OwnerBranchFields } from '../../forms/OwnerBranchFields.tsx';
import { formResolver } from '../../forms/resolver.ts';
import { useServerErrors } from '../../forms/use-server-errors.ts';
import { candidateStatusLabels, jobTypeLabels, payUnitLabels, sourceLabels } from '../../lib/labels.ts';
import {
  type CandidateFormOutput,
  type CandidateFormValues,
  candidateBlankRows,
} from './candidate-form-values.ts';
import { CertificationRows, EducationRows } from './EducationRows.tsx';
import { SkillRows } from './SkillRows.tsx';

interface Props {
  mode: 'create' | 'edit';
  initial: CandidateFormValues;
  /** Show owner and branch (managers and admins). */
  canReassign: boolean;
  /** Saves; throws an ApiError on failure, which the form shows without losing anything typed. */
  onSave: (values: CandidateFormOutput, initial: CandidateFormValues) => Promise<void>;
  onCancel: () => void;
  /** On a version conflict: fetch the latest version; resolves with it. */
  loadLatestVersion?: () => Promise<number>;
}

const submitText = { create: 'Create candidate', edit: 'Save changes' };

/** Everything a recruiter records about a candidate, validated as it is typed. */
export function CandidateForm({ mode, initial, canReassign, onSave, onCancel, loadLatestVersion }: Props) {
  // Both schemas validate the same field names; only an edit carries version and status.
  const schema = mode === 'create' ? createCandidateRequest : updateCandidateRequest;
  const resolver = withBlankRowsDropped(
    formResolver(schema) as unknown as Resolver<CandidateFormValues, unknown, CandidateFormOutput>,
    candidateBlankRows,
  );
  const form = useForm<CandidateFormValues, unknown, CandidateFormOutput>({
    resolver,
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
          const version = await loadLatestVersion();
          form.setValue('version', version);
          clear();
        } catch (error) {
          onError(error);
        }
      }
    : undefined;

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate className="stack record-form">
        <fieldset>
          <legend>Name</legend>
          <div className="form-grid">
            <TextField
              label="First name"
              autoComplete="off"
              autoFocus={mode === 'create'}
              error={errors.firstName?.message}
              {...register('firstName')}
            />
            <TextField
              label="Last name"
              autoComplete="off"
              error={errors.lastName?.message}
              {...register('lastName')}
            />
            <TextField
              label="Headline"
              fieldClass="span-2"
              placeholder="e.g. Forklift operator, 6 years, night shifts"
              error={errors.headline?.message}
              {...register('headline')}
            />
            {mode === 'edit' ? (
              <SelectField
                label="Status"
                options={optionsOf(candidateStatuses, candidateStatusLabels)}
                error={errors.status?.message}
                {...register('status')}
              />
            ) : null}
            {canReassign ? <OwnerBranchFields mode={mode} /> : null}
          </div>
        </fieldset>
        <fieldset>
          <legend>Contact details</legend>
          <ContactPointRows kind="emails" />
          <ContactPointRows kind="phones" />
          <div className="form-grid">
            <TextField
              label="Street address"
              fieldClass="span-2"
              error={errors.addressLine?.message}
              {...register('addressLine')}
            />
            <TextField label="City" error={errors.city?.message} {...register('city')} />
            <TextField label="Region" error={errors.region?.message} {...register('region')} />
            <TextField label="Postcode" error={errors.postcode?.message} {...register('postcode')} />
          </div>
        </fieldset>
        <fieldset>
          <legend>Skills</legend>
          <SkillRows />
        </fieldset>
        <fieldset>
          <legend>What they are looking for</legend>
          <fieldset className="checkbox-group">
            <legend>Desired job types</legend>
            {jobTypes.map((type) => (
              <label key={type} className="checkbox">
                <input type="checkbox" value={type} {...register('desiredJobTypes')} />
                {jobTypeLabels[type]}
              </label>
            ))}
            {errors.desiredJobTypes?.message ? (
              <p className="field-error">{errors.desiredJobTypes.message}</p>
            ) : null}
          </fieldset>
          <div className="form-grid">
            <TextField
              label="Desired pay"
              type="number"
              step="0.01"
              min="0"
              inputMode="decimal"
              error={errors.desiredPay?.message}
              {...register('desiredPay', { setValueAs: numberOrNull })}
            />
            <SelectField
              label="Pay per"
              options={optionsOf(payUnits, payUnitLabels)}
              empty="—"
              error={errors.desiredPayUnit?.message}
              {...register('desiredPayUnit', { setValueAs: emptyToNull })}
            />
            <TextField
              label="Available from"
              type="date"
              error={errors.availableFrom?.message}
              {...register('availableFrom', { setValueAs: emptyToNull })}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>Source</legend>
          <div className="form-grid">
            <SelectField
              label="How did you hear about us?"
              options={optionsOf(sources, sourceLabels)}
              empty="Not asked"
              error={errors.source?.message}
              {...register('source', { setValueAs: emptyToNull })}
            />
            <TextField
              label="Source detail"
              placeholder="Which board, who referred them…"
              error={errors.sourceDetail?.message}
              {...register('sourceDetail')}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>Education</legend>
          <EducationRows />
        </fieldset>
        <fieldset>
          <legend>Certifications</legend>
          <CertificationRows />
        </fieldset>
        <TextAreaField
          label="Resume text"
          rows={8}
          error={errors.resumeText?.message}
          {...register('resumeText')}
        />
        <FormProblem problem={problem} onReloadLatest={reloadLatest} />
        <div className="form-footer">
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
            {isSubmitting ? 'Saving…' : submitText[mode]}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
