import { describe, expect, it } from 'vitest';
import { type BusinessCalendar, defaultWeek } from './business-calendar.ts';
import {
  defaultSetting,
  evaluateSubject,
  isOpen,
  type Obligation,
  type StandardSettings,
  type StandardTouchpoint,
  standardKeys,
  wasMet,
} from './standards.ts';

const boston: BusinessCalendar = { zone: 'America/New_York', week: defaultWeek, holidays: new Set() };
const settings = Object.fromEntries(standardKeys.map((k) => [k, defaultSetting(k)])) as StandardSettings;
const DAY = 86_400_000;

type Tp = Partial<StandardTouchpoint> & { activity: string; at: string };
const tps = (...list: Tp[]): StandardTouchpoint[] =>
  list.map(({ at, ...t }) => ({
    channel: 'system',
    direction: null,
    actorType: 'user',
    submissionId: null,
    placementId: null,
    ...t,
    occurredAt: Date.parse(at),
  }));
const call = (at: string): Tp => ({ activity: 'contacted', channel: 'call', direction: 'out', at });

const run = (type: 'candidate' | 'client', list: StandardTouchpoint[], s = settings) =>
  evaluateSubject({ subject: { type, id: 'p1' }, touchpoints: list, calendar: boston, settings: s });
const of = (os: Obligation[], key: string) => os.filter((o) => o.standardKey === key);
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

describe('registration_response', () => {
  it('is due one business day after a registration, and met by the first staff contact after it', () => {
    // Friday 2026-11-20 16:00 EST → due Monday 16:00 EST; escalate Tuesday 16:00.
    const [o] = of(
      run('candidate', tps({ activity: 'registered', at: '2026-11-20T21:00:00Z' })),
      'registration_response',
    );
    expect(iso(o!.dueAt)).toBe('2026-11-23T21:00:00.000Z');
    expect(iso(o!.escalateAt)).toBe('2026-11-24T21:00:00.000Z');
    expect(o!.metAt).toBeNull();
    expect(isOpen(o!)).toBe(true);

    const met = of(
      run(
        'candidate',
        tps({ activity: 'registered', at: '2026-11-20T21:00:00Z' }, call('2026-11-23T15:00:00Z')),
      ),
      'registration_response',
    );
    expect(met).toHaveLength(1);
    expect(wasMet(met[0]!)).toBe(true);
  });

  it('is not met by the person writing in, nor by a note; a screening meets it (late here)', () => {
    const list = tps(
      { activity: 'registered', at: '2026-11-20T21:00:00Z' },
      {
        activity: 'contacted',
        channel: 'email',
        direction: 'in',
        actorType: 'subject',
        at: '2026-11-21T10:00:00Z',
      },
      { activity: 'note', channel: 'note', at: '2026-11-22T10:00:00Z' },
      { activity: 'screened', at: '2026-11-24T15:00:00Z' },
    );
    const [o] = of(run('candidate', list), 'registration_response');
    expect(iso(o!.metAt)).toBe('2026-11-24T15:00:00.000Z');
    expect(wasMet(o!)).toBe(false);
  });

  it('is opened by an application from the careers site as by a registration, once while it is open', () => {
    const list = tps(
      { activity: 'registered', actorType: 'subject', channel: 'form', at: '2026-11-20T21:00:00Z' },
      { activity: 'applied', actorType: 'subject', channel: 'form', at: '2026-11-20T21:01:00Z' },
    );
    expect(of(run('candidate', list), 'registration_response')).toHaveLength(1);
    // A returning candidate's application, months after the last answer, opens a new one.
    const later = tps({ activity: 'registered', at: '2026-06-01T15:00:00Z' }, call('2026-06-01T16:00:00Z'), {
      activity: 'applied',
      actorType: 'subject',
      channel: 'form',
      at: '2026-11-20T21:00:00Z',
    });
    const os = of(run('candidate', later), 'registration_response');
    expect(os).toHaveLength(2);
    expect(iso(os[1]!.openedAt)).toBe('2026-11-20T21:00:00.000Z');
    expect(isOpen(os[1]!)).toBe(true);
  });

  it('is off when the firm turns it off', () => {
    const off = { ...settings, registration_response: { ...settings.registration_response, enabled: false } };
    expect(
      of(
        run('candidate', tps({ activity: 'registered', at: '2026-11-20T21:00:00Z' }), off),
        'registration_response',
      ),
    ).toEqual([]);
  });
});

describe('staffing_request_response', () => {
  it('is due in two business hours, met by presenting candidates; a second request opens another', () => {
    const list = tps(
      { activity: 'staffing_request', direction: 'in', at: '2026-11-23T21:30:00Z' }, // Monday 16:30
      { activity: 'candidates_presented', at: '2026-11-24T14:00:00Z' }, // Tuesday 09:00
      { activity: 'repeat_request', direction: 'in', at: '2026-11-25T15:00:00Z' },
    );
    const os = of(run('client', list), 'staffing_request_response');
    expect(os.map((o) => [iso(o.dueAt), iso(o.metAt)])).toEqual([
      // 30 min on Monday, 90 on Tuesday from 08:00.
      ['2026-11-24T14:30:00.000Z', '2026-11-24T14:00:00.000Z'],
      ['2026-11-25T17:00:00.000Z', null],
    ]);
    expect(wasMet(os[0]!)).toBe(true);
  });
});

describe('reply_response', () => {
  it('opens on an inbound email and is met by the next outbound staff contact', () => {
    const list = tps(
      {
        activity: 'contacted',
        channel: 'sms',
        direction: 'in',
        actorType: 'subject',
        at: '2026-11-23T15:00:00Z',
      },
      {
        activity: 'contacted',
        channel: 'email',
        direction: 'in',
        actorType: 'subject',
        at: '2026-11-23T16:00:00Z',
      },
      call('2026-11-23T18:00:00Z'),
      {
        activity: 'contacted',
        channel: 'email',
        direction: 'in',
        actorType: 'subject',
        at: '2026-11-24T16:00:00Z',
      },
    );
    const os = of(run('candidate', list), 'reply_response');
    expect(os.map((o) => [iso(o.openedAt), iso(o.metAt)])).toEqual([
      ['2026-11-23T15:00:00.000Z', '2026-11-23T18:00:00.000Z'],
      ['2026-11-24T16:00:00.000Z', null],
    ]);
  });
});

describe('in_process_update', () => {
  it('recurs every three days from the last news while a submission is open, and stops when it closes', () => {
    const list = tps(
      { activity: 'submitted', submissionId: 's1', at: '2026-11-02T15:00:00Z' },
      { activity: 'client_interview', submissionId: 's1', at: '2026-11-04T15:00:00Z' }, // met, next due 11-07
      call('2026-11-09T15:00:00Z'), // late: missed, next due 11-12
      { activity: 'not_selected', submissionId: 's1', at: '2026-11-10T15:00:00Z' }, // closes: the last one dropped
    );
    const os = of(run('candidate', list), 'in_process_update');
    expect(os.map((o) => [iso(o.dueAt), wasMet(o)])).toEqual([
      ['2026-11-05T15:00:00.000Z', true],
      ['2026-11-07T15:00:00.000Z', false],
    ]);
  });

  it('keeps running while another submission is open; an outbound status mail counts', () => {
    const list = tps(
      { activity: 'submitted', submissionId: 's1', at: '2026-11-02T15:00:00Z' },
      { activity: 'submitted', submissionId: 's2', at: '2026-11-03T15:00:00Z' },
      { activity: 'not_selected', submissionId: 's1', at: '2026-11-04T15:00:00Z' },
      {
        activity: 'contacted',
        channel: 'email',
        direction: 'out',
        actorType: 'system',
        at: '2026-11-05T14:00:00Z',
      },
    );
    const os = of(run('candidate', list), 'in_process_update');
    expect(os).toHaveLength(2);
    expect(wasMet(os[0]!)).toBe(true);
    expect(os[1]!.metAt).toBeNull();
    expect(iso(os[1]!.dueAt)).toBe('2026-11-08T14:00:00.000Z');
  });

  it('an overdue one whose submission closes stays missed but needs no action; withdrew without an id closes all', () => {
    const list = tps(
      { activity: 'submitted', submissionId: 's1', at: '2026-11-02T15:00:00Z' },
      { activity: 'submitted', submissionId: 's2', at: '2026-11-02T16:00:00Z' },
      { activity: 'withdrew', at: '2026-11-10T15:00:00Z' },
    );
    const [o, ...rest] = of(run('candidate', list), 'in_process_update');
    expect(rest).toEqual([]);
    expect(iso(o!.endedAt)).toBe('2026-11-10T15:00:00.000Z');
    expect(isOpen(o!)).toBe(false);
    expect(wasMet(o!)).toBe(false);
  });
});

describe('assignment_checkin', () => {
  it('wants a check-in within a week of the start, then monthly, until the assignment ends', () => {
    const list = tps(
      { activity: 'assignment_started', placementId: 'pl', at: '2026-09-01T13:00:00Z' },
      { activity: 'assignment_checkin', placementId: 'pl', at: '2026-09-05T13:00:00Z' },
      { activity: 'assignment_checkin', placementId: 'pl', at: '2026-10-04T13:00:00Z' },
      { activity: 'assignment_ended', placementId: 'pl', at: '2026-10-20T13:00:00Z' },
    );
    const os = of(run('candidate', list), 'assignment_checkin');
    expect(os.map((o) => [o.itemKey, iso(o.dueAt), wasMet(o)])).toEqual([
      ['placement:pl', '2026-09-08T13:00:00.000Z', true],
      ['placement:pl', '2026-10-05T13:00:00.000Z', true],
    ]);
  });
});

describe('client_contact', () => {
  it('starts with the first staffing request, recurs monthly from the last contact, ends when the client lapses', () => {
    const list = tps(
      { activity: 'heard_of_us', at: '2026-05-01T13:00:00Z' },
      { activity: 'staffing_request', direction: 'in', at: '2026-06-01T13:00:00Z' },
      { activity: 'meeting', channel: 'meeting', at: '2026-06-20T13:00:00Z' },
      { activity: 'lapsed', at: '2026-09-01T13:00:00Z' },
    );
    const os = of(run('client', list), 'client_contact');
    expect(os.map((o) => [iso(o.dueAt), wasMet(o), iso(o.endedAt)])).toEqual([
      ['2026-07-01T13:00:00.000Z', true, null],
      ['2026-07-20T13:00:00.000Z', false, '2026-09-01T13:00:00.000Z'],
    ]);
  });

  it('is no obligation for a client that never asked for anyone', () => {
    expect(of(run('client', tps(call('2026-06-01T13:00:00Z'))), 'client_contact')).toEqual([]);
  });
});

describe('evaluateSubject', () => {
  it('reads a long history in one pass (linear in touchpoints)', () => {
    const list: StandardTouchpoint[] = [];
    const start = Date.parse('2025-01-01T15:00:00Z');
    list.push(...tps({ activity: 'submitted', submissionId: 's', at: new Date(start).toISOString() }));
    for (let i = 1; i <= 5_000; i++) list.push(...tps(call(new Date(start + i * DAY).toISOString())));
    const t0 = performance.now();
    const os = of(run('candidate', list), 'in_process_update');
    expect(os).toHaveLength(5_001);
    expect(os.slice(0, -1).every(wasMet)).toBe(true);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
