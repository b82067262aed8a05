/**
 * The compliance report's scope, through the real API client, hooks and session; the server is faked (`fakeServer`
 * answers the session and the report with canned bodies).
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ComplianceView, SessionUser } from '../../../contract/index.ts';
import type { Role } from '../../../domain/roles.ts';
import { fakeServer, ok, renderWithApi } from '../../api/testing.tsx';
import { RequireSession } from '../../app/session.tsx';
import { CompliancePage } from './CompliancePage.tsx';

const user = (role: Role): SessionUser => ({
  id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  name: 'Sam Solo',
  email: 'sam@solo.example',
  role,
  branchId: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
  branchName: 'Main',
  firmId: '3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f',
  firmName: 'Solo Staffing',
});

// A firm of one: the report lists one person whoever asks.
const report: ComplianceView = {
  from: '2026-01-01',
  to: '2026-12-01',
  standards: [],
  months: [],
  cells: [],
  rows: [],
  branches: [{ id: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e', name: 'Main' }],
  users: [{ id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', name: 'Sam Solo' }],
};

const OWN_ONLY = /the people and clients you own/;

function openAs(role: Role) {
  fakeServer({
    'GET /api/auth/session': ok({ user: user(role), csrfToken: 'token' }),
    'GET /api/compliance': ok(report),
  });
  renderWithApi(
    <RequireSession>
      <CompliancePage />
    </RequireSession>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the compliance report’s scope', () => {
  it('tells a recruiter it covers what they own', async () => {
    openAs('recruiter');
    expect(await screen.findByText('Nothing came due in this period.')).toBeTruthy();
    expect(screen.getByText(OWN_ONLY)).toBeTruthy();
  });

  it('does not tell the admin of a one-person firm so: the report is the whole firm’s', async () => {
    openAs('admin');
    expect(await screen.findByText('Nothing came due in this period.')).toBeTruthy();
    expect(screen.queryByText(OWN_ONLY)).toBeNull();
  });
});
