import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { SubmissionView, UpdateJobOrderRequest } from '../../../contract/index.ts';
import { isSubmissionLive, submissionStatusLabels } from '../../../domain/submission.ts';
import { AddCandidateDialog } from '../../actions/AddCandidateDialog.tsx';
import { BulkMessageDialog } from '../../actions/BulkMessageDialog.tsx';
import { PlaceDialog } from '../../actions/PlaceDialog.tsx';
import { call } from '../../api/client.ts';
import { apiKey, useApi, useApiMutation } from '../../api/hooks.ts';
import { Badge } from '../../components/Badge.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { Section } from '../../components/Section.tsx';
import { ErrorState, Loading } from '../../components/states.tsx';
import { toast } from '../../components/toast.tsx';
import { changedFields } from '../../forms/server-issues.ts';
import { jobOrderStatusLabels, labelOf } from '../../lib/labels.ts';
import { JobOrderFacts } from './JobOrderFacts.tsx';
import { JobOrderForm, jobOrderToForm } from './JobOrderForm.tsx';
import { PipelineBoard } from './PipelineBoard.tsx';
import { StatusControl } from './StatusControl.tsx';

/** A job order: its terms, its status, and its pipeline as a board. */
export function JobOrderPage() {
  const { id = '' } = useParams();
  const params = { id };
  const order = useApi('getJobOrder', { params });
  const pipeline = useApi('jobOrderPipeline', { params });
  const [dialog, setDialog] = useState<
    | { kind: 'add' }
    | { kind: 'place'; submission: SubmissionView }
    | { kind: 'edit' }
    | { kind: 'message' }
    | null
  >(null);
  const queryClient = useQueryClient();
  const update = useApiMutation('updateJobOrder');

  if (order.isPending) return <Loading />;
  if (order.error) return <ErrorState error={order.error} retry={() => order.refetch()} />;
  const o = order.data;
  const submissions = pipeline.data?.submissions ?? [];
  const close = () => setDialog(null);

  return (
    <div className="page">
      <header className="record-header">
        <div className="record-title">
          <p className="breadcrumb">
            <Link to="/job-orders">Job orders</Link>
          </p>
          <h1>{o.title}</h1>
          <Badge tone={o.status}>{labelOf(jobOrderStatusLabels, o.status)}</Badge>
        </div>
        <p className="record-meta">
          <Link to={`/clients/${o.client.id}`}>{o.client.name}</Link>
          {o.contact ? <span>Contact: {o.contact.name}</span> : null}
          <span className="openings">
            {o.filled} of {o.openings} {o.openings === 1 ? 'opening' : 'openings'} filled
          </span>
          <span>Owner: {o.owner?.name ?? 'Unassigned'}</span>
        </p>
        <div className="quick-actions">
          <button type="button" className="btn" onClick={() => setDialog({ kind: 'add' })}>
            Add candidate
          </button>
          {submissions.length > 0 ? (
            <button type="button" className="btn" onClick={() => setDialog({ kind: 'message' })}>
              Email candidates
            </button>
          ) : null}
          {o.permissions.edit ? (
            <button type="button" className="btn" onClick={() => setDialog({ kind: 'edit' })}>
              Edit job order
            </button>
          ) : null}
          {o.permissions.edit ? <StatusControl order={o} onReload={() => order.refetch()} /> : null}
        </div>
      </header>

      <Section title="Pipeline" id="pipeline" count={submissions.length}>
        {pipeline.isPending ? <Loading /> : null}
        {pipeline.error ? <ErrorState error={pipeline.error} retry={() => pipeline.refetch()} /> : null}
        {pipeline.data ? (
          <PipelineBoard
            submissions={submissions}
            canPlace={o.filled < o.openings}
            onPlace={(submission) => setDialog({ kind: 'place', submission })}
          />
        ) : null}
      </Section>

      <JobOrderFacts order={o} />

      {dialog?.kind === 'add' ? (
        <AddCandidateDialog
          jobOrderId={o.id}
          jobOrderTitle={o.title}
          existing={submissions}
          onClose={close}
        />
      ) : null}
      {dialog?.kind === 'message' ? (
        <BulkMessageDialog
          title={`Email candidates on ${o.title}`}
          jobOrderId={o.id}
          people={submissions.map((s) => ({
            id: s.candidate.id,
            name: s.candidate.name,
            detail: labelOf(submissionStatusLabels, s.status),
            chosen: isSubmissionLive(s.status),
          }))}
          onClose={close}
        />
      ) : null}
      {dialog?.kind === 'place' ? (
        // The card chose the candidate; the dialog only asks for dates and rates.
        <PlaceDialog submissions={[dialog.submission]} onClose={close} />
      ) : null}
      {dialog?.kind === 'edit' ? (
        <Dialog title={`Edit ${o.title}`} onClose={close} variant="drawer">
          <JobOrderForm
            mode="edit"
            initial={jobOrderToForm(o, o.permissions.reassign)}
            clientId={o.client.id}
            canReassign={o.permissions.reassign}
            onCancel={close}
            onSave={async (values, initial) => {
              const body = changedFields(values, initial, ['version']) as UpdateJobOrderRequest;
              const saved = await update.mutateAsync({ params, body });
              queryClient.setQueryData(apiKey('getJobOrder', { params }), saved);
              toast('Job order saved');
              close();
            }}
            loadLatestVersion={async () => {
              const latest = await call('getJobOrder', { params });
              queryClient.setQueryData(apiKey('getJobOrder', { params }), latest);
              return latest.version;
            }}
          />
        </Dialog>
      ) : null}
    </div>
  );
}
