import type { CandidateDetail } from '../../../contract/index.ts';
import { Section } from '../../components/Section.tsx';
import { Empty } from '../../components/states.tsx';
import { formatDate, formatMoney } from '../../lib/format.ts';
import { jobTypeLabels, labelOf, skillLevelLabels, sourceLabels } from '../../lib/labels.ts';

/** Contact details, what they want, skills, education, certifications and the resume text. */
export function CandidateAside({ candidate: c }: { candidate: CandidateDetail }) {
  const address = [c.addressLine, c.city, c.region, c.postcode].filter(Boolean).join(', ');
  return (
    <>
      <Section title="Details">
        <dl className="facts">
          <dt>Email</dt>
          <dd>
            {c.emails.length === 0
              ? '—'
              : c.emails.map((e) => (
                  <div key={e.address}>
                    <a href={`mailto:${e.address}`}>{e.address}</a> <span className="muted">{e.label}</span>
                  </div>
                ))}
          </dd>
          <dt>Phone</dt>
          <dd>
            {c.phones.length === 0
              ? '—'
              : c.phones.map((p) => (
                  <div key={p.number}>
                    <a href={`tel:${p.number}`}>{p.number}</a> <span className="muted">{p.label}</span>
                  </div>
                ))}
          </dd>
          <dt>Address</dt>
          <dd>{address || '—'}</dd>
          <dt>Wants</dt>
          <dd>
            {c.desiredJobTypes.length ? c.desiredJobTypes.map((t) => jobTypeLabels[t]).join(', ') : '—'}
            {c.desiredPay !== null ? ` · ${formatMoney(c.desiredPay, c.desiredPayUnit)}` : ''}
          </dd>
          <dt>Available</dt>
          <dd>{formatDate(c.availableFrom)}</dd>
          <dt>Source</dt>
          <dd>
            {labelOf(sourceLabels, c.source)}
            {c.sourceDetail ? ` · ${c.sourceDetail}` : ''}
          </dd>
          <dt>Registered</dt>
          <dd>{formatDate(c.createdAt)}</dd>
        </dl>
      </Section>
      <Section title="Skills" count={c.skills.length}>
        {c.skills.length === 0 ? (
          <Empty>No skills recorded.</Empty>
        ) : (
          <ul className="chips">
            {c.skills.map((s) => (
              <li key={s.name} className="chip">
                {s.name}
                {s.years !== null ? <span className="chip-meta">{s.years} y</span> : null}
                {s.level ? <span className="chip-meta">{labelOf(skillLevelLabels, s.level)}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Education" count={c.education.length}>
        {c.education.length === 0 ? (
          <Empty>None recorded.</Empty>
        ) : (
          <ul className="plain-list">
            {c.education.map((e) => (
              <li key={`${e.institution}-${e.qualification}`}>
                <strong>{e.qualification}</strong>
                {e.field ? `, ${e.field}` : ''} · {e.institution}
                <div className="muted">
                  {formatDate(e.fromDate)} – {formatDate(e.toDate)}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Certifications" count={c.certifications.length}>
        {c.certifications.length === 0 ? (
          <Empty>None recorded.</Empty>
        ) : (
          <ul className="plain-list">
            {c.certifications.map((cert) => (
              <li key={cert.name}>
                <strong>{cert.name}</strong>
                {cert.issuer ? ` · ${cert.issuer}` : ''}
                <div className="muted">
                  Issued {formatDate(cert.issuedOn)} · Expires {formatDate(cert.expiresOn)}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Resume">
        {c.resumeText ? <div className="resume-text">{c.resumeText}</div> : <Empty>No resume text.</Empty>}
      </Section>
    </>
  );
}
