/**
 * Settings → status page resources, through the real API client, hooks and form; the server is faked
 * (`fakeServer` answers with canned bodies and records every request) and jsdom's missing `<dialog>.showModal` is
 * filled in (`supportDialogs`).
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { StageResourceView } from '../../../contract/index.ts';
import { fails, fakeServer, ok, renderWithApi, supportDialogs } from '../../api/testing.tsx';
import { StageResourcesPage } from './StageResourcesPage.tsx';
import { groupByStage, resourceHref } from './stage-resources.ts';

const resource = (overrides: Partial<StageResourceView>): StageResourceView => ({
  id: '5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  version: 3,
  stage: 'applied',
  title: 'What happens next',
  url: null,
  body: null,
  position: 0,
  updatedAt: '2026-05-04T14:30:00.000Z',
  ...overrides,
});

const tips = resource({
  id: '6d1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  stage: 'client_interview',
  title: 'Interview tips',
  url: 'https://example.com/tips',
  body: 'Arrive 10 minutes early.\nBring ID.',
});
const directions = resource({
  id: '7e1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  stage: 'applied',
  title: 'Our office',
});
const badLink = resource({
  id: '8f1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  stage: 'applied',
  title: 'Old link',
  url: 'javascript:alert(1)',
  position: 1,
});

const LIST = 'GET /api/stage-resources';

beforeAll(supportDialogs);
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('reading the status page resources', () => {
  it('groups them by stage in application order, links only web addresses, and offers no changes', async () => {
    // In the server's order: stages as an application moves, each stage's resources by position.
    fakeServer({ [LIST]: ok({ items: [directions, badLink, tips], canEdit: false }) });
    renderWithApi(<StageResourcesPage />);

    expect(await screen.findByText('Interview tips')).toBeTruthy();
    const stages = screen.getAllByRole('heading', { level: 2 }).map((h) => h.firstChild?.textContent);
    expect(stages).toEqual(['Applied', 'Client interview']);
    const link = screen.getByRole('link', { name: 'https://example.com/tips' });
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
    // Shown, so an admin can see it is wrong, but never a link.
    expect(screen.getByText('javascript:alert(1)').closest('a')).toBeNull();
    expect(screen.getByText(/Only an admin can change them/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Add resource|Edit|Remove/ })).toBeNull();
  });

  it('groups them as the server lists them, without ordering them again', () => {
    const grouped = (items: StageResourceView[]) =>
      groupByStage(items).map((g) => [g.label, g.items.map((r) => r.title)]);
    expect(grouped([directions, badLink, tips])).toEqual([
      ['Applied', ['Our office', 'Old link']],
      ['Client interview', ['Interview tips']],
    ]);
    expect(grouped([badLink, directions])).toEqual([['Applied', ['Old link', 'Our office']]]);
    expect(resourceHref('http://example.com/')).toBe('http://example.com/');
    expect(resourceHref('data:text/html,<b>x</b>')).toBeNull();
    expect(resourceHref('/relative')).toBeNull();
    expect(resourceHref(null)).toBeNull();
  });
});

describe('changing them (admins)', () => {
  it("shows the server's field errors next to the field, keeping what was typed", async () => {
    const seen = fakeServer({
      [LIST]: ok({ items: [directions], canEdit: true }),
      'POST /api/stage-resources': fails(400, 'validation', 'stage: A stage can have at most 20 resources', [
        { path: 'stage', message: 'A stage can have at most 20 resources' },
      ]),
    });
    renderWithApi(<StageResourcesPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add resource' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a resource' });
    fireEvent.change(within(dialog).getByLabelText('Stage'), { target: { value: 'offered' } });
    fireEvent.change(within(dialog).getByLabelText('Title'), { target: { value: 'Your offer letter' } });
    fireEvent.change(within(dialog).getByLabelText('Link'), {
      target: { value: 'https://example.com/offer' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add resource' }));

    const stage = within(dialog).getByLabelText('Stage');
    await waitFor(() => expect(stage.getAttribute('aria-invalid')).toBe('true'));
    // The message the control is described by, in its field.
    const described = (stage.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id));
    expect(described.map((el) => el?.textContent).filter(Boolean)).toEqual([
      'A stage can have at most 20 resources',
    ]);
    expect(described[0]?.closest('.field')).toBe(stage.closest('.field'));
    expect(within(dialog).getByRole('alert').textContent).toContain('Please correct the highlighted fields.');
    expect((within(dialog).getByLabelText('Title') as HTMLInputElement).value).toBe('Your offer letter');
    expect(seen.find((r) => r.method === 'POST')?.body).toEqual({
      stage: 'offered',
      title: 'Your offer letter',
      url: 'https://example.com/offer',
      body: null,
    });
  });

  it('sends the version read with a change; a conflict says so and reloads the list', async () => {
    const seen = fakeServer({
      [LIST]: ok({ items: [directions], canEdit: true }),
      [`PATCH /api/stage-resources/${directions.id}`]: fails(
        409,
        'conflict_version',
        'Stage resource was changed by someone else since you read it; reload and try again',
      ),
    });
    renderWithApi(<StageResourcesPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Our office' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit resource: Our office' });
    fireEvent.change(within(dialog).getByLabelText('Title'), { target: { value: 'Our new office' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save resource' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('changed by someone else');
    expect(alert.textContent).toContain('Your changes are still in the form.');
    expect(seen.find((r) => r.method === 'PATCH')?.body).toEqual({ version: 3, title: 'Our new office' });
    await waitFor(() => expect(seen.filter((r) => r.method === 'GET').length).toBe(2));
  });

  it('loads the latest version from the list read again after a conflict, keeping what was typed', async () => {
    const seen = fakeServer({
      [LIST]: [
        ok({ items: [directions], canEdit: true }),
        ok({ items: [{ ...directions, version: 4, title: 'Our office (moved)' }], canEdit: true }),
      ],
      [`PATCH /api/stage-resources/${directions.id}`]: [
        fails(
          409,
          'conflict_version',
          'Stage resource was changed by someone else since you read it; reload and try again',
        ),
        ok({ ...directions, version: 5, title: 'Our new office' }),
      ],
    });
    renderWithApi(<StageResourcesPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Our office' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit resource: Our office' });
    fireEvent.change(within(dialog).getByLabelText('Title'), { target: { value: 'Our new office' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save resource' }));

    // Enabled once the list behind has been read again.
    const reload = await within(dialog).findByRole('button', { name: 'Load latest and keep my changes' });
    await waitFor(() => expect((reload as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(reload);
    // The list was read once for the page and once after the conflict: "Load latest" asked for nothing more.
    expect(seen.filter((r) => r.method === 'GET')).toHaveLength(2);
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect((within(dialog).getByLabelText('Title') as HTMLInputElement).value).toBe('Our new office');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save resource' }));

    await waitFor(() => expect(seen.filter((r) => r.method === 'PATCH')).toHaveLength(2));
    expect(
      seen.filter((r) => r.method === 'PATCH').map((r) => (r.body as { version: number }).version),
    ).toEqual([3, 4]);
  });

  it('asks before removing, then removes the version read', async () => {
    const seen = fakeServer({
      [LIST]: ok({ items: [directions], canEdit: true }),
      [`DELETE /api/stage-resources/${directions.id}`]: ok({ ok: true }),
    });
    renderWithApi(<StageResourcesPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Our office' }));
    expect(seen.some((r) => r.method === 'DELETE')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Confirm remove Our office' }));
    await waitFor(() => expect(seen.some((r) => r.method === 'DELETE')).toBe(true));
    expect(seen.find((r) => r.method === 'DELETE')?.url.searchParams.get('version')).toBe('3');
  });

  it('says so when someone else changed it before the removal, and reloads the list', async () => {
    const seen = fakeServer({
      [LIST]: [
        ok({ items: [directions], canEdit: true }),
        ok({ items: [{ ...directions, version: 4 }], canEdit: true }),
      ],
      [`DELETE /api/stage-resources/${directions.id}`]: fails(
        409,
        'conflict_version',
        'Stage resource was changed by someone else since you read it; reload and try again',
      ),
    });
    renderWithApi(<StageResourcesPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Our office' }));
    fireEvent.click(screen.getByRole('button', { name: 'Confirm remove Our office' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('changed by someone else');
    await waitFor(() => expect(seen.filter((r) => r.method === 'GET').length).toBe(2));
    // Asked again, it names the version now read.
    fireEvent.click(screen.getByRole('button', { name: 'Remove Our office' }));
    fireEvent.click(screen.getByRole('button', { name: 'Confirm remove Our office' }));
    await waitFor(() => expect(seen.filter((r) => r.method === 'DELETE').length).toBe(2));
    expect(seen.filter((r) => r.method === 'DELETE').map((r) => r.url.searchParams.get('version'))).toEqual([
      '3',
      '4',
    ]);
  });
});
