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
import { jobOrderStatusLabels, labelOf } from '../lib/labels.ts';
import { useDebounced } from '../lib/use-debounced.ts';
import { stageOptions } from './options.ts';
import { PickList } from './PickList.tsx';

interface Props {
  candidateId: string;
  candidateName: string;
  /** The candidate's submissions, to mark orders they are already on. */
  existing: SubmissionView[];
  onClose: () => void;
}

/** Puts a candidate forward for a workable job order found by title or client. */
export function SubmitToJobOrderDialog({ candidateId, candidateName, existing, onClose }: Props) {
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 200);
  const orders = useApi(
    'listJobOrders',
    { query: { state: 'workable', q: q || undefined, pageSize: 20, sort: 'updatedAt', order: 'desc' } },
    { placeholderData: (previous) => previous },
  );
  const form = useForm({
    resolver: formResolver(createSubmissionRequest),
    mode: 'onChange',
    defaultValues: { candidateId, jobOrderId: '', status: 'submitted', notes: '' },
  });
  const mutation = useApiMutation('createSubmission');
  const { problem, onError, clear } = useServerErrors(form, ['candidateId']);
  const { errors, isDirty } = form.formState;
  useUnsavedInput(isDirty);
  const liveOn = new Set(existing.filter((s) => isSubmissionLive(s.status)).map((s) => s.jobOrder.id));

  const submit = form.handleSubmit(async (body) => {
    clear();
    try {
      const created = await mutation.mutateAsync({ body });
      toast(`${candidateName} submitted to ${created.jobOrder.name}`);
      onClose();
    } catch (error) {
      onError(error);
    }
  });

  return (
    <Dialog title={`Submit ${candidateName} to a job order`} onClose={onClose}>
      <form onSubmit={submit} noValidate className="stack">
        <input
          type="search"
          className="search-box"
          aria-label="Find job order"
          placeholder="Find job order by title or client…"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <PickList
          legend="Job order"
          register={form.register('jobOrderId')}
          error={errors.jobOrderId ? 'Choose a job order' : undefined}
          status={
            orders.isPending ? (
              <p className="muted">Loading job orders…</p>
            ) : orders.data?.items.length === 0 ? (
              <p className="muted">No open job orders match.</p>
            ) : null
          }
          options={(orders.data?.items ?? []).map((o) => ({
            id: o.id,
            title: o.title,
            detail: `${o.client.name} · ${labelOf(jobOrderStatusLabels, o.status)} · ${o.filled}/${o.openings} filled`,
            disabledReason: liveOn.has(o.id) ? 'already in the pipeline' : undefined,
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
        <DialogFooter submitLabel="Save submission" pending={mutation.isPending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
