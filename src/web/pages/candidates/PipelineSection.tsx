import { Link } from 'react-router';
import type { CandidatePipeline, SubmissionView } from '../../../contract/index.ts';
import { isSubmissionLive } from '../../../domain/submission.ts';
import { hasFollowUp, PlacementActions, PlacementFollowUp } from '../../actions/PlacementFollowUp.tsx';
import { Badge } from '../../components/Badge.tsx';
import { Section } from '../../components/Section.tsx';
import { Empty } from '../../components/states.tsx';
import { When } from '../../components/When.tsx';
import { formatDate, formatDateTime, formatMoney } from '../../lib/format.ts';
import { interviewKindLabels, labelOf, outcomeLabels, submissionStatusLabels } from '../../lib/labels.ts';

interface Props {
  pipeline: CandidatePipeline;
  onPlace: (submission: SubmissionView) => void;
}

/** Submissions, interviews, tests and placements of one candidate. */
export function PipelineSection({ pipeline, onPlace }: Props) {
  const { submissions, interviews, assessments, placements } = pipeline;
  return (
    <Section title="Pipeline" id="pipeline">
      <h3 className="subhead">Submissions</h3>
      {submissions.length === 0 ? (
        <Empty>Not submitted to any job order yet.</Empty>
      ) : (
        <table className="table table-compact">
          <thead>
            <tr>
              <th scope="col">Job order</th>
              <th scope="col">Client</th>
              <th scope="col">Status</th>
              <th scope="col">Submitted</th>
              <th scope="col">By</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {submissions.map((s) => (
              <tr key={s.id}>
                <td>
                  <Link to={`/job-orders/${s.jobOrder.id}`}>{s.jobOrder.name}</Link>
                </td>
                <td>
                  <Link to={`/clients/${s.client.id}`}>{s.client.name}</Link>
                </td>
                <td>
                  <Badge tone={s.status}>{labelOf(submissionStatusLabels, s.status)}</Badge>
                </td>
                <td>{s.submittedAt ? <When at={s.submittedAt} /> : '—'}</td>
                <td>{s.createdBy?.name ?? '—'}</td>
                <td className="cell-actions">
                  {isSubmissionLive(s.status) ? (
                    <button type="button" className="btn btn-small" onClick={() => onPlace(s)}>
                      Place<span className="visually-hidden"> on {s.jobOrder.name}</span>
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3 className="subhead">Interviews</h3>
      {interviews.length === 0 ? (
        <Empty>No screenings or interviews yet.</Empty>
      ) : (
        <ul className="plain-list">
          {interviews.map((i) => (
            <li key={i.id}>
              <strong>{labelOf(interviewKindLabels, i.kind)}</strong> · {formatDateTime(i.scheduledAt)} ·{' '}
              <Badge tone={i.outcome}>{labelOf(outcomeLabels, i.outcome)}</Badge>
              {i.jobOrder ? (
                <>
                  {' '}
                  · <Link to={`/job-orders/${i.jobOrder.id}`}>{i.jobOrder.name}</Link>
                </>
              ) : null}
              {i.interviewer ? <span className="muted"> · with {i.interviewer}</span> : null}
              {i.notes ? <p className="pre-line muted">{i.notes}</p> : null}
            </li>
          ))}
        </ul>
      )}

      <h3 className="subhead">Tests</h3>
      {assessments.length === 0 ? (
        <Empty>No tests recorded.</Empty>
      ) : (
        <ul className="plain-list">
          {assessments.map((a) => (
            <li key={a.id}>
              <strong>{a.name}</strong> · {formatDate(a.takenOn)}
              {a.score !== null ? ` · ${a.score}${a.maxScore !== null ? ` / ${a.maxScore}` : ''}` : ''}
              {a.passed !== null ? (
                <>
                  {' '}
                  · <Badge tone={a.passed ? 'passed' : 'failed'}>{a.passed ? 'Passed' : 'Failed'}</Badge>
                </>
              ) : null}
              {a.notes ? <p className="pre-line muted">{a.notes}</p> : null}
            </li>
          ))}
        </ul>
      )}

      <h3 className="subhead">Placements</h3>
      {placements.length === 0 ? (
        <Empty>Not placed yet.</Empty>
      ) : (
        <ul className="plain-list">
          {placements.map((p) => (
            <li key={p.id}>
              <Link to={`/job-orders/${p.jobOrder.id}`}>{p.jobOrder.name}</Link> at{' '}
              <Link to={`/clients/${p.client.id}`}>{p.client.name}</Link> · {formatDate(p.startDate)} –{' '}
              {p.endedOn ? formatDate(p.endedOn) : p.endDate ? formatDate(p.endDate) : 'open-ended'} ·{' '}
              <Badge tone={p.status}>{p.status === 'active' ? 'On assignment' : 'Ended'}</Badge>
              <div className="muted">
                Pay {formatMoney(p.payRate, p.rateUnit)} · Bill {formatMoney(p.billRate, p.rateUnit)}
              </div>
              <PlacementActions placement={p} what={`on ${p.jobOrder.name}`} />
              {hasFollowUp(p) ? <PlacementFollowUp placement={p} /> : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
