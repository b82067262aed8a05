import type { CandidateDetail, SubmissionView } from '../../../contract/index.ts';
import { isSubmissionLive } from '../../../domain/submission.ts';
import type { ManualChannel } from '../../../domain/touchpoint.ts';
import { AssessmentDialog } from '../../actions/AssessmentDialog.tsx';
import { ComposeMessageDialog } from '../../actions/ComposeMessageDialog.tsx';
import { InterviewDialog } from '../../actions/InterviewDialog.tsx';
import { LogTouchpointDialog } from '../../actions/LogTouchpointDialog.tsx';
import { PlaceDialog } from '../../actions/PlaceDialog.tsx';
import { SubmitToJobOrderDialog } from '../../actions/SubmitToJobOrderDialog.tsx';

export type CandidateAction =
  | { kind: 'log'; channel: ManualChannel }
  | { kind: 'message'; channel: 'email' | 'sms' }
  | { kind: 'screen' }
  | { kind: 'interview' }
  | { kind: 'test' }
  | { kind: 'submit' }
  | { kind: 'place'; submission?: SubmissionView }
  | { kind: 'edit' };

interface Props {
  candidate: CandidateDetail;
  submissions: SubmissionView[];
  open: CandidateAction | null;
  setOpen: (action: CandidateAction | null) => void;
}

/** The buttons a recruiter reaches for all day, and the dialog each opens. */
export function CandidateActions({ candidate, submissions, open, setOpen }: Props) {
  const live = submissions.filter((s) => isSubmissionLive(s.status));
  const jobOrders = dedupe(submissions.map((s) => s.jobOrder));
  const close = () => setOpen(null);
  const name = `${candidate.firstName} ${candidate.lastName}`;
  return (
    <>
      <div className="quick-actions" role="toolbar" aria-label="Quick actions">
        <button type="button" className="btn" onClick={() => setOpen({ kind: 'log', channel: 'call' })}>
          Log call
        </button>
        <button type="button" className="btn" onClick={() => setOpen({ kind: 'log', channel: 'email' })}>
          Log email
        </button>
        <button type="button" className="btn" onClick={() => setOpen({ kind: 'log', channel: 'note' })}>
          Add note
        </button>
        <span className="toolbar-sep" />
        <button type="button" className="btn" onClick={() => setOpen({ kind: 'message', channel: 'email' })}>
          Email
        </button>
        <button
          type="button"
          className="btn"
          disabled={candidate.phones.length === 0}
          title={candidate.phones.length === 0 ? 'No phone number on file' : undefined}
          onClick={() => setOpen({ kind: 'message', channel: 'sms' })}
        >
          Text
        </button>
        <span className="toolbar-sep" />
        <button type="button" className="btn" onClick={() => setOpen({ kind: 'screen' })}>
          Screen
        </button>
        <button type="button" className="btn" onClick={() => setOpen({ kind: 'interview' })}>
          Interview
        </button>
        <button type="button" className="btn" onClick={() => setOpen({ kind: 'test' })}>
          Test
        </button>
        <span className="toolbar-sep" />
        <button type="button" className="btn" onClick={() => setOpen({ kind: 'submit' })}>
          Submit to job order
        </button>
        <button
          type="button"
          className="btn"
          disabled={live.length === 0}
          title={live.length === 0 ? 'Submit the candidate to a job order first' : undefined}
          onClick={() => setOpen({ kind: 'place' })}
        >
          Place
        </button>
        {candidate.permissions.edit ? (
          <>
            <span className="toolbar-sep" />
            <button type="button" className="btn" onClick={() => setOpen({ kind: 'edit' })}>
              Edit candidate
            </button>
          </>
        ) : null}
      </div>

      {open?.kind === 'log' ? (
        <LogTouchpointDialog
          subjectType="candidate"
          subjectId={candidate.id}
          channel={open.channel}
          jobOrders={jobOrders}
          onClose={close}
        />
      ) : null}
      {open?.kind === 'message' ? (
        <ComposeMessageDialog
          to={{ candidateId: candidate.id }}
          name={name}
          audience="candidate"
          channel={open.channel}
          emails={candidate.emails.map((e) => e.address)}
          phones={candidate.phones.map((p) => p.number)}
          jobOrders={jobOrders}
          onClose={close}
        />
      ) : null}
      {open?.kind === 'screen' || open?.kind === 'interview' ? (
        <InterviewDialog
          candidateId={candidate.id}
          kind={open.kind === 'screen' ? 'screening' : 'internal'}
          submissions={live}
          onClose={close}
        />
      ) : null}
      {open?.kind === 'test' ? <AssessmentDialog candidateId={candidate.id} onClose={close} /> : null}
      {open?.kind === 'submit' ? (
        <SubmitToJobOrderDialog
          candidateId={candidate.id}
          candidateName={name}
          existing={submissions}
          onClose={close}
        />
      ) : null}
      {open?.kind === 'place' && live.length > 0 ? (
        <PlaceDialog
          submissions={
            open.submission ? [open.submission, ...live.filter((s) => s.id !== open.submission?.id)] : live
          }
          onClose={close}
        />
      ) : null}
    </>
  );
}

function dedupe<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id));
}
