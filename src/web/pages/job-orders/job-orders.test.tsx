/**
 * The employer's request on a job order, and the list filtered to requested orders. The list reads through the real
 * API client and hooks; the server is faked (`fakeServer` answers with canned bodies and records what was asked).
 */
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JobOrderDetail, JobOrderSummary } from '../../../contract/index.ts';
import { fakeServer, ok, renderWithApi } from '../../api/testing.tsx';
import { JobOrderFacts } from './JobOrderFacts.tsx';
import { JobOrderListPage } from './JobOrderListPage.tsx';
import { rateRangeText } from './StaffingRequestPanel.tsx';

const ids = {
  order: '0f5e7c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b',
  client: '1a5e7c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b',
  branch: '2b5e7c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b',
};

const order = (overrides: Partial<JobOrderDetail> = {}): JobOrderDetail => ({
  id: ids.order,
  version: 1,
  title: 'Forklift driver',
  description: null,
  category: null,
  client: { id: ids.client, name: 'Bayside Foods' },
  contact: null,
  type: 'temp',
  openings: 2,
  filled: 0,
  payRate: null,
  billRate: null,
  rateUnit: 'hour',
  marginPercent: null,
  startDate: null,
  endDate: null,
  shift: null,
  locationLine: null,
  city: null,
  postcode: null,
  requiredSkills: [],
  status: 'requested',
  published: false,
  request: null,
  owner: null,
  branch: { id: ids.branch, name: 'Boston' },
  createdAt: '2026-05-04T14:30:00.000Z',
  updatedAt: '2026-05-04T14:30:00.000Z',
  permissions: { edit: true, reassign: false },
  ...overrides,
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the requested hourly rate', () => {
  it('reads as a range, either end of which may be missing', () => {
    expect(rateRangeText(19, 23)).toBe('$19.00–$23.00 an hour');
    expect(rateRangeText(null, 23)).toBe('up to $23.00 an hour');
    expect(rateRangeText(19, null)).toBe('from $19.00 an hour');
    expect(rateRangeText(20, 20)).toBe('$20.00 an hour');
    expect(rateRangeText(null, null)).toBe('not given');
  });
});

describe("the employer's request on a job order", () => {
  it('shows the rate range and the notes as the employer wrote them, as text', () => {
    const notes = 'Two shifts:\n  early 6–2\n<img src=x onerror=alert(1)><script>alert(2)</script>';
    const { container } = renderWithApi(
      <JobOrderFacts
        order={order({
          request: { rateMin: 19, rateMax: 23, notes, receivedAt: '2026-05-04T14:30:00.000Z' },
        })}
      />,
    );
    const panel = screen.getByRole('region', { name: 'Staffing request from the careers site' });
    expect(within(panel).getByText('$19.00–$23.00 an hour')).toBeTruthy();
    // Kept whole, line breaks and leading spaces included, in an element that shows them (white-space: pre-wrap).
    expect(panel.querySelector('.pre-wrap')?.textContent).toBe(notes);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(within(panel).getByText('Received').nextElementSibling?.querySelector('time')?.dateTime).toBe(
      '2026-05-04T14:30:00.000Z',
    );
  });

  it('says when no rate or notes were given', () => {
    renderWithApi(
      <JobOrderFacts
        order={order({
          request: { rateMin: null, rateMax: null, notes: null, receivedAt: '2026-05-04T14:30:00.000Z' },
        })}
      />,
    );
    const panel = screen.getByRole('region', { name: 'Staffing request from the careers site' });
    expect(within(panel).getByText('not given')).toBeTruthy();
    expect(within(panel).getByText('None')).toBeTruthy();
  });

  it('is not there for an order staff recorded themselves', () => {
    renderWithApi(<JobOrderFacts order={order({ request: null, status: 'open' })} />);
    expect(screen.queryByText('Staffing request from the careers site')).toBeNull();
  });
});

describe('the job order list', () => {
  it('filters by status "requested" from the address', async () => {
    const requested: JobOrderSummary = {
      id: ids.order,
      title: 'Forklift driver',
      client: { id: ids.client, name: 'Bayside Foods' },
      status: 'requested',
      type: 'temp',
      openings: 2,
      filled: 0,
      city: null,
      startDate: null,
      payRate: null,
      rateUnit: 'hour',
      owner: null,
      branch: { id: ids.branch, name: 'Boston' },
      submissions: 0,
      createdAt: '2026-05-04T14:30:00.000Z',
      updatedAt: '2026-05-04T14:30:00.000Z',
    };
    const seen = fakeServer({
      'GET /api/job-orders': ok({ items: [requested], total: 1, page: 1, pageSize: 25 }),
      'GET /api/users': ok({ items: [] }),
      'GET /api/branches': ok({ items: [] }),
    });
    renderWithApi(<JobOrderListPage />, { path: '/job-orders?status=requested' });

    expect(await screen.findByRole('link', { name: 'Forklift driver' })).toBeTruthy();
    const asked = seen.find((r) => r.url.pathname === '/api/job-orders');
    expect(asked?.url.searchParams.get('status')).toBe('requested');
    const status = screen.getByRole('combobox', { name: 'Status' }) as HTMLSelectElement;
    expect(status.value).toBe('requested');
    expect(status.selectedOptions[0]?.textContent).toBe('Requested');
  });
});
