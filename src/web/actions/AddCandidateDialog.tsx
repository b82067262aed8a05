import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { createSubmissionRequest, type SubmissionView } from '../../contract/index.ts';
import { isSubmissionLive } from '../../domain/submission.ts';
import { useApi, useApiMutation } from '../api/hooks.ts';
import { useUnsavedInput } from '../app/unsaved.ts';
import { Dialog } from '../components/Dialog.tsx';
import { toast } from '../components/toast.tsx';
import { DialogFooter } from '../forms/DialogFooter.tsx';
import { SelectField, TextAreaField } from '../forms/Field.tsx';
import { FormProblem } from '../forms/FormProblem.tsx';
import { formResolver } from '../forms/resolver.ts';
import { useServerErrors } from '../forms/use-server-errors.ts';
import { candidateStatusLabels, labelOf } from '../lib/labels.ts';
import { useDebounced } from '../lib/use-debounced.ts';
import { stageOptions } from './options.ts';
import { PickList } from './PickList.tsx';

interface Props {
  jobOrderId: string;
  jobOrderTitle: string;
  existing: SubmissionView[];
  onClose: () => void;
}

/** Adds a candidate found by name, email, phone or skill to a job order's pipeline. */
export function AddCandidateDialog({ jobOrderId, jobOrderTitle, existing, onClose }: Props) {
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 200);
  const candidates = useApi(
    'listCandidates',
    { query: { q: q || undefined, pageSize: 20, sort: 'updatedAt', order: 'desc' } },
    { placeholderData: (previous) => previous },
  );
  const form = useForm({
    resolver: formResolver(createSubmissionRequest),
    mode: 'onChange',
    defaultValues: { candidateId: '', jobOrderId, status: 'shortlisted', notes: '' },
  });
  const mutation = useApiMutation('createSubmission');
  const { problem, onError, clear } = useServerErrors(form, ['jobOrderId']);
  const { errors, isDirty } = form.formState;
  useUnsavedInput(isDirty);
  const liveIds = new Set(existing.filter((s) => isSubmissionLive(s.status)).map((s) => s.candidate.id));

  const submit = form.handleSubmit(async (body) => {
    clear();
    try {
      const created = await mutation.mutateAsync({ body });
      toast(`${created.candidate.name} added to the pipeline`);
      onClose();
    } catch (error) {
      onError(error);
    }
  });

  return (
    <Dialog title={`Add a candidate to ${jobOrderTitle}`} onClose={onClose}>
      <form onSubmit={submit} noValidate className="stack">
        <input
          type="search"
          className="search-box"
          aria-label="Find candidate"
          placeholder="Find candidate by name, email, phone or skill…"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <PickList
          legend="Candidate"
          register={form.register('candidateId')}
          error={errors.candidateId ? 'Choose a candidate' : undefined}
          status={
            candidates.isPending ? (
              <p className="muted">Loading candidates…</p>
            ) : candidates.data?.items.length === 0 ? (
              <p className="muted">No candidates match.</p>
            ) : null
          }
          options={(candidates.data?.items ?? []).map((c) => ({
            id: c.id,
            title: `${c.firstName} ${c.lastName}`,
            detail: [c.headline, c.city, labelOf(candidateStatusLabels, c.status)]
              .filter(Boolean)
              .join(' · '),
            disabledReason: liveIds.has(c.id) ? 'already in the pipeline' : undefined,
          }))}
        />
        <div className="form-grid">
          <SelectField
            label="Stage"
            options={stageOptions}
            error={errors.status?.message}
            {...form.register('status')}
          />
        </div>
        <TextAreaField label="Notes" rows={3} error={errors.notes?.message} {...form.register('notes')} />
        <FormProblem problem={problem} />
        <DialogFooter submitLabel="Add to pipeline" pending={mutation.isPending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
