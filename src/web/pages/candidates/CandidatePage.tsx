import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/hooks.ts';
import { Badge } from '../../components/Badge.tsx';
import { Section } from '../../components/Section.tsx';
import { ErrorState, Loading } from '../../components/states.tsx';
import { Timeline } from '../../components/Timeline.tsx';
import { candidateStatusLabels, labelOf } from '../../lib/labels.ts';
import { JourneySection } from '../journeys/JourneySection.tsx';
import { ConsentPanel } from '../messages/ConsentPanel.tsx';
import { PersonMessages } from '../messages/PersonMessages.tsx';
import { type CandidateAction, CandidateActions } from './CandidateActions.tsx';
import { CandidateAside } from './CandidateAside.tsx';
import { DocumentsSection } from './DocumentsSection.tsx';
import { EditCandidateDrawer } from './EditCandidateDrawer.tsx';
import { EmploymentSection } from './EmploymentSection.tsx';
import { PipelineSection } from './PipelineSection.tsx';

/**
 * One candidate: who they are, where they worked, where they are in the pipeline, the documents they sent, and every
 * contact with them.
 */
export function CandidatePage() {
  const { id = '' } = useParams();
  const candidate = useApi('getCandidate', { params: { id } });
  const pipeline = useApi('candidatePipeline', { params: { id } });
  const [action, setAction] = useState<CandidateAction | null>(null);

  if (candidate.isPending) return <Loading />;
  if (candidate.error) return <ErrorState error={candidate.error} retry={() => candidate.refetch()} />;
  const c = candidate.data;
  const submissions = pipeline.data?.submissions ?? [];
  const primaryPhone = c.phones[0]?.number;
  const primaryEmail = c.emails[0]?.address;

  return (
    <div className="page">
      <header className="record-header">
        <div className="record-title">
          <p className="breadcrumb">
            <Link to="/candidates">Candidates</Link>
          </p>
          <h1>
            {c.firstName} {c.lastName}
          </h1>
          <Badge tone={c.status}>{labelOf(candidateStatusLabels, c.status)}</Badge>
        </div>
        {c.headline ? <p className="record-subtitle">{c.headline}</p> : null}
        <p className="record-meta">
          {primaryPhone ? <a href={`tel:${primaryPhone}`}>{primaryPhone}</a> : null}
          {primaryEmail ? <a href={`mailto:${primaryEmail}`}>{primaryEmail}</a> : null}
          {c.city ? <span>{c.city}</span> : null}
          <span>Owner: {c.owner?.name ?? 'Unassigned'}</span>
          <span>Branch: {c.branch.name}</span>
        </p>
        <CandidateActions candidate={c} submissions={submissions} open={action} setOpen={setAction} />
      </header>

      <div className="record-grid">
        <div className="record-main">
          <EmploymentSection candidateId={c.id} canEdit={c.permissions.edit} />
          {pipeline.error ? <ErrorState error={pipeline.error} retry={() => pipeline.refetch()} /> : null}
          {pipeline.data ? (
            <PipelineSection
              pipeline={pipeline.data}
              onPlace={(submission) => setAction({ kind: 'place', submission })}
            />
          ) : pipeline.isPending ? (
            <Loading label="Loading pipeline…" />
          ) : null}
          <DocumentsSection candidateId={c.id} />
          <JourneySection type="candidate" subjectId={c.id} />
          <PersonMessages who={{ candidateId: c.id }} />
          <Section title="Timeline" id="timeline">
            <Timeline
              route="candidateTimeline"
              id={c.id}
              canVoid
              emptyText="No contact logged yet. Log a call, an email or a note above."
            />
          </Section>
        </div>
        <aside className="record-aside">
          <CandidateAside candidate={c} />
          <Section title="Consent to messages" id="consent">
            <ConsentPanel to={{ candidateId: c.id }} name={`${c.firstName} ${c.lastName}`} />
          </Section>
        </aside>
      </div>

      {action?.kind === 'edit' ? <EditCandidateDrawer candidate={c} onClose={() => setAction(null)} /> : null}
    </div>
  );
}
