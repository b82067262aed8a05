import type { UseQueryResult } from '@tanstack/react-query';
import { Fragment } from 'react';
import { Link } from 'react-router';
import type { JobOrderSummary } from '../../../contract/index.ts';
import { hasFollowUp, PlacementActions, PlacementFollowUp } from '../../actions/PlacementFollowUp.tsx';
import type { ApiError } from '../../api/errors.ts';
import { useApi } from '../../api/hooks.ts';
import { Badge } from '../../components/Badge.tsx';
import { Section } from '../../components/Section.tsx';
import { Empty, ErrorState, Loading } from '../../components/states.tsx';
import { formatDate, formatMoney } from '../../lib/format.ts';
import { jobOrderStatusLabels, labelOf } from '../../lib/labels.ts';

interface OrdersProps {
  clientId: string;
  orders: UseQueryResult<{ items: JobOrderSummary[]; total: number }, ApiError>;
}

/** The client's job orders, newest first. */
export function ClientOrdersSection({ clientId, orders }: OrdersProps) {
  return (
    <Section
      title="Job orders"
      id="job-orders"
      count={orders.data?.total}
      actions={
        <Link to={`/job-orders/new?clientId=${clientId}`} className="btn btn-small">
          New job order
        </Link>
      }
    >
      {orders.isPending ? <Loading /> : null}
      {orders.error ? <ErrorState error={orders.error} retry={() => orders.refetch()} /> : null}
      {orders.data?.items.length === 0 ? <Empty>No job orders yet.</Empty> : null}
      {orders.data && orders.data.items.length > 0 ? (
        <table className="table table-compact">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Status</th>
              <th scope="col" className="num">
                Filled
              </th>
              <th scope="col">Start</th>
              <th scope="col" className="num">
                Pay
              </th>
              <th scope="col" className="num">
                In pipeline
              </th>
            </tr>
          </thead>
          <tbody>
            {orders.data.items.map((o) => (
              <tr key={o.id}>
                <td>
                  <Link to={`/job-orders/${o.id}`}>{o.title}</Link>
                </td>
                <td>
                  <Badge tone={o.status}>{labelOf(jobOrderStatusLabels, o.status)}</Badge>
                </td>
                <td className="num">
                  {o.filled}/{o.openings}
                </td>
                <td>{formatDate(o.startDate)}</td>
                <td className="num">{formatMoney(o.payRate, o.rateUnit)}</td>
                <td className="num">{o.submissions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Section>
  );
}

/** People the firm placed at this client. */
export function ClientPlacementsSection({ clientId }: { clientId: string }) {
  const placements = useApi('clientPlacements', { params: { id: clientId } });
  return (
    <Section title="Placements" id="placements" count={placements.data?.items.length}>
      {placements.isPending ? <Loading /> : null}
      {placements.error ? <ErrorState error={placements.error} retry={() => placements.refetch()} /> : null}
      {placements.data?.items.length === 0 ? <Empty>Nobody placed here yet.</Empty> : null}
      {placements.data && placements.data.items.length > 0 ? (
        <table className="table table-compact">
          <thead>
            <tr>
              <th scope="col">Candidate</th>
              <th scope="col">Job order</th>
              <th scope="col">Start</th>
              <th scope="col">End</th>
              <th scope="col" className="num">
                Pay
              </th>
              <th scope="col" className="num">
                Bill
              </th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {placements.data.items.map((p) => (
              <Fragment key={p.id}>
                <tr className={hasFollowUp(p) ? 'has-subrow' : undefined}>
                  <td>
                    <Link to={`/candidates/${p.candidate.id}`}>{p.candidate.name}</Link>
                  </td>
                  <td>
                    <Link to={`/job-orders/${p.jobOrder.id}`}>{p.jobOrder.name}</Link>
                  </td>
                  <td>{formatDate(p.startDate)}</td>
                  <td>{formatDate(p.endedOn ?? p.endDate)}</td>
                  <td className="num">{formatMoney(p.payRate, p.rateUnit)}</td>
                  <td className="num">{formatMoney(p.billRate, p.rateUnit)}</td>
                  <td>
                    <Badge tone={p.status}>{p.status === 'active' ? 'On assignment' : 'Ended'}</Badge>
                  </td>
                  <td className="cell-actions">
                    <PlacementActions placement={p} what={p.candidate.name} />
                  </td>
                </tr>
                {hasFollowUp(p) ? (
                  <tr className="subrow">
                    <td colSpan={8}>
                      <PlacementFollowUp placement={p} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      ) : null}
    </Section>
  );
}
