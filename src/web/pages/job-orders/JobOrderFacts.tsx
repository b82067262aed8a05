import { Link } from 'react-router';
import type { JobOrderDetail } from '../../../contract/index.ts';
import { Section } from '../../components/Section.tsx';
import { formatDate, formatMoney } from '../../lib/format.ts';
import { jobTypeLabels, labelOf, shiftLabels } from '../../lib/labels.ts';
import { StaffingRequestPanel } from './StaffingRequestPanel.tsx';

/**
 * The terms of a job order: rates and margin, dates, place, skills, description; and, for an order that came in from
 * the careers site, the employer's request as they sent it.
 */
export function JobOrderFacts({ order: o }: { order: JobOrderDetail }) {
  const location = [o.locationLine, o.city, o.postcode].filter(Boolean).join(', ');
  return (
    <div className="record-grid">
      <div className="record-main">
        {o.request ? <StaffingRequestPanel request={o.request} /> : null}
        <Section title="Description">
          {o.description ? (
            <p className="pre-line">{o.description}</p>
          ) : (
            <p className="muted">No description.</p>
          )}
          <h3 className="subhead">Required skills</h3>
          {o.requiredSkills.length ? (
            <ul className="chips">
              {o.requiredSkills.map((skill) => (
                <li key={skill} className="chip">
                  {skill}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">None listed.</p>
          )}
        </Section>
      </div>
      <aside className="record-aside">
        <Section title="Details">
          <dl className="facts">
            <dt>Client</dt>
            <dd>
              <Link to={`/clients/${o.client.id}`}>{o.client.name}</Link>
            </dd>
            <dt>Contact</dt>
            <dd>{o.contact?.name ?? '—'}</dd>
            <dt>Type</dt>
            <dd>{labelOf(jobTypeLabels, o.type)}</dd>
            <dt>Openings</dt>
            <dd>
              {o.filled} of {o.openings} filled
            </dd>
            <dt>Pay rate</dt>
            <dd>{formatMoney(o.payRate, o.rateUnit)}</dd>
            <dt>Bill rate</dt>
            <dd>{formatMoney(o.billRate, o.rateUnit)}</dd>
            <dt>Margin</dt>
            <dd>{o.marginPercent === null ? '—' : `${o.marginPercent.toFixed(1)} %`}</dd>
            <dt>Dates</dt>
            <dd>
              {formatDate(o.startDate)} – {o.endDate ? formatDate(o.endDate) : 'open-ended'}
            </dd>
            <dt>Shift</dt>
            <dd>{labelOf(shiftLabels, o.shift)}</dd>
            <dt>Location</dt>
            <dd>{location || '—'}</dd>
            <dt>Category</dt>
            <dd>{o.category ?? '—'}</dd>
            <dt>Careers page</dt>
            <dd>{o.published ? 'Published' : 'Not published'}</dd>
            <dt>Branch</dt>
            <dd>{o.branch.name}</dd>
            <dt>Created</dt>
            <dd>{formatDate(o.createdAt)}</dd>
          </dl>
        </Section>
      </aside>
    </div>
  );
}
