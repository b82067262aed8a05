/**
 * @module What an employer asked for on the careers site's staffing-request form, shown on the order it became: when
 * it came, the hourly rate they named and their notes, as they wrote them (plain text, their line breaks kept).
 */
import type { StaffingRequestView } from '../../../contract/index.ts';
import { Section } from '../../components/Section.tsx';
import { formatDate, formatDateTime, formatMoney } from '../../lib/format.ts';

const dollars = (amount: number) => `$${formatMoney(amount)}`;

/** "$19.00–$23.00 an hour", "from $19.00 an hour", "up to $23.00 an hour", or "not given": either end may be missing. */
export function rateRangeText(rateMin: number | null, rateMax: number | null): string {
  if (rateMin === null && rateMax === null) return 'not given';
  if (rateMin === null) return `up to ${dollars(rateMax as number)} an hour`;
  if (rateMax === null || rateMax === rateMin)
    return `${rateMax === null ? 'from ' : ''}${dollars(rateMin)} an hour`;
  return `${dollars(rateMin)}–${dollars(rateMax)} an hour`;
}

/** The employer's request behind a job order that came in from the careers site. */
export function StaffingRequestPanel({ request }: { request: StaffingRequestView }) {
  return (
    <Section title="Staffing request from the careers site" id="staffing-request">
      <dl className="facts">
        <dt>Received</dt>
        <dd>
          <time dateTime={request.receivedAt} title={formatDateTime(request.receivedAt)}>
            {formatDate(request.receivedAt)}
          </time>
        </dd>
        <dt>Hourly rate</dt>
        <dd>{rateRangeText(request.rateMin, request.rateMax)}</dd>
        <dt>Notes</dt>
        <dd>{request.notes ? <div className="pre-wrap">{request.notes}</div> : 'None'}</dd>
      </dl>
    </Section>
  );
}
