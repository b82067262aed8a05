import { describe, expect, it } from 'vitest';
import type { GuardWarning } from '../../../contract/messages.ts';
import {
  blocksSending,
  bodyForCheck,
  channelBlockedReason,
  describeWarning,
  needsReason,
  personOf,
  recentLine,
  statusLine,
} from './message-text.ts';

const warning = (w: Partial<GuardWarning> & Pick<GuardWarning, 'kind'>): GuardWarning => ({
  field: null,
  message: 'server sentence',
  expected: null,
  found: null,
  source: null,
  by: null,
  at: null,
  ...w,
});

describe('describeWarning', () => {
  it('writes a conflict with the job order as what each side says', () => {
    const w = warning({
      kind: 'conflict',
      field: 'payRate',
      source: 'job_order',
      expected: '$18.00/hour',
      found: '$21.00/hour',
    });
    expect(describeWarning(w)).toEqual({
      title: 'Conflicting pay rate',
      text: 'Job order says $18.00/hour, your message says $21.00/hour',
    });
  });
  it('names the colleague whose message said otherwise', () => {
    const w = warning({
      kind: 'conflict',
      field: 'startDate',
      source: 'colleague',
      by: { id: 'u1', name: 'Ava Recruiter' },
      expected: 'Monday, December 1, 2026',
      found: 'Tuesday, December 2, 2026',
    });
    expect(describeWarning(w).text).toBe(
      'Ava Recruiter said Monday, December 1, 2026, your message says Tuesday, December 2, 2026',
    );
  });
  it("keeps the server's sentence for the other kinds", () => {
    const w = warning({ kind: 'recent', message: 'Ava Recruiter emailed them 1 hour ago: hello' });
    expect(describeWarning(w)).toEqual({
      title: 'Contacted recently',
      text: 'Ava Recruiter emailed them 1 hour ago: hello',
    });
  });
});

describe('whether a report lets the message go', () => {
  it('asks for a reason over warnings, and refuses over an opt-out', () => {
    expect(needsReason([])).toBe(false);
    expect(needsReason([warning({ kind: 'recent' })])).toBe(true);
    expect(blocksSending([warning({ kind: 'recent' })])).toBe(false);
    const optedOut = [warning({ kind: 'recent' }), warning({ kind: 'consent' })];
    expect(blocksSending(optedOut)).toBe(true);
    expect(needsReason(optedOut)).toBe(false);
  });
  it('says why a channel cannot be used', () => {
    const consent = [
      { channel: 'email' as const, status: null, allowed: true, at: null, source: null },
      { channel: 'sms' as const, status: null, allowed: false, at: null, source: null },
    ];
    expect(channelBlockedReason(consent, 'email')).toBeNull();
    expect(channelBlockedReason(consent, 'sms')).toBe('No consent to text messages yet');
    const withdrawn = [{ ...consent[0]!, status: 'withdrawn' as const, allowed: false }];
    expect(channelBlockedReason(withdrawn, 'email')).toBe('Opted out of email');
  });
});

describe('lines of the boxes', () => {
  it('counts attempts only for messages still trying or given up', () => {
    expect(statusLine({ status: 'failed', attempts: 6 })).toBe('Failed after 6 attempts');
    expect(statusLine({ status: 'retrying', attempts: 1 })).toBe('Retrying after 1 attempt');
    expect(statusLine({ status: 'outbox', attempts: 0 })).toBe('In outbox');
  });
  it('links a contact on their client page', () => {
    expect(
      personOf({
        candidate: null,
        contact: { id: 'c1', name: 'Morgan Hale' },
        client: { id: 'k1', name: 'Bayside' },
      }),
    ).toEqual({ name: 'Morgan Hale (Bayside)', to: '/clients/k1?contact=c1' });
    expect(personOf({ candidate: null, contact: null, client: null })).toBeNull();
  });
  it('says who contacted whom, pending ones as still being sent', () => {
    const base = {
      touchpointId: 1,
      messageId: null,
      at: '2026-11-23T10:00:00Z',
      by: { id: 'u1', name: 'Ava Recruiter' },
      with: { id: 'p1', name: 'Dana Cole' },
      samePerson: true,
      channel: 'email' as const,
      direction: 'out' as const,
      what: 'hello',
      pending: false,
    };
    expect(recentLine(base)).toBe('Ava Recruiter emailed Dana Cole');
    expect(recentLine({ ...base, pending: true })).toBe('Ava Recruiter is sending Dana Cole a message');
    expect(recentLine({ ...base, direction: 'in', channel: 'call' })).toBe('Dana Cole contacted us (call)');
  });
  it('gives the guard some text while the body is empty', () => {
    expect(bodyForCheck('  ')).toBe('…');
    expect(bodyForCheck('Hi')).toBe('Hi');
  });
});
