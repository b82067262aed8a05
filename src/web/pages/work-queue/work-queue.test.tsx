import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { WorkItem, WorkQueueView } from '../../../contract/index.ts';
import { hoursText, parseHours } from '../settings/StandardsSettingsPage.tsx';
import { WorkQueueTable } from './WorkQueuePage.tsx';

const item = (key: string, state: WorkItem['state'], name: string, link: string): WorkItem => ({
  key,
  kind: state === 'stalled' ? 'stalled' : 'standard',
  state,
  standardKey: state === 'stalled' ? null : 'registration_response',
  label: state === 'stalled' ? 'Stalled journey' : 'New registration answered',
  subject: { type: 'candidate', id: key, name },
  link,
  dueAt: state === 'stalled' ? null : '2026-11-24T15:00:00.000Z',
  owner: { id: 'u1', name: 'Ava Thompson' },
  reason: `Reason for ${name}`,
});

describe('the work queue table', () => {
  it('shows the items in the order the server gave, most urgent first, each linking to the person', () => {
    const queue: WorkQueueView = {
      user: { id: 'u1', name: 'Ava Thompson' },
      asOf: '2026-11-25T15:30:00.000Z',
      items: [
        item('a', 'escalated', 'Ann Escalated', '/candidates/a'),
        item('b', 'overdue', 'Bob Overdue', '/candidates/b'),
        item('c', 'due', 'Cy Due', '/candidates/c'),
        item('d', 'stalled', 'Di Stalled', '/candidates/d'),
        item('e', 'upcoming', 'Ed Upcoming', '/candidates/e'),
      ],
      counts: { escalated: 1, overdue: 1, due: 1, stalled: 1, upcoming: 1 },
      canView: [{ id: 'u1', name: 'Ava Thompson' }],
    };
    render(
      <MemoryRouter>
        <WorkQueueTable queue={queue} />
      </MemoryRouter>,
    );
    const rows = within(screen.getByRole('table', { name: 'Work queue' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((r) => r.getAttribute('data-state'))).toEqual([
      'escalated',
      'overdue',
      'due',
      'stalled',
      'upcoming',
    ]);
    expect(rows.map((r) => within(r).getByRole('link').getAttribute('href'))).toEqual([
      '/candidates/a',
      '/candidates/b',
      '/candidates/c',
      '/candidates/d',
      '/candidates/e',
    ]);
    expect(within(rows[0]!).getByText('Escalated')).toBeTruthy();
    expect(within(rows[3]!).getByText('Reason for Di Stalled')).toBeTruthy();
  });

  it('says so when nothing needs attention', () => {
    render(
      <MemoryRouter>
        <WorkQueueTable
          queue={{
            user: { id: 'u1', name: 'A' },
            asOf: '2026-11-25T15:30:00.000Z',
            items: [],
            counts: { escalated: 0, overdue: 0, due: 0, stalled: 0, upcoming: 0 },
            canView: [],
          }}
        />
      </MemoryRouter>,
    );
    expect(screen.getByText('Nothing needs attention right now.')).toBeTruthy();
  });
});

describe('working hours as typed', () => {
  it('reads and writes intervals', () => {
    expect(parseHours('08:00-12:00, 13:00 - 17:00')).toEqual([
      ['08:00', '12:00'],
      ['13:00', '17:00'],
    ]);
    expect(parseHours('')).toEqual([]);
    expect(hoursText([['09:00', '17:00']])).toBe('09:00-17:00');
  });
});
