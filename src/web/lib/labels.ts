/** @module Display names for enum values the domain has no label table for. */
import { contactRoleLabels } from '../../contract/index.ts';
import { candidateStatusLabels, jobTypeLabels, sourceLabels } from '../../domain/candidate.ts';
import { clientStatusLabels } from '../../domain/client.ts';
import { interviewKindLabels } from '../../domain/interview.ts';
import { jobOrderStatusLabels } from '../../domain/job-order.ts';
import { endReasonLabels } from '../../domain/placement.ts';
import { roleLabels } from '../../domain/roles.ts';
import { submissionStatusLabels } from '../../domain/submission.ts';
import { activityLabels } from '../../domain/touchpoint.ts';

/** `left_message` → "Left message": a readable fallback for codes without a label table. */
export const humanize = (code: string) => {
  const words = code.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** Looks a code up in a label table, falling back to a humanized code. */
export const labelOf = (table: Record<string, string>, code: string | null | undefined) =>
  code ? (table[code] ?? humanize(code)) : '—';

export const channelLabels: Record<string, string> = {
  call: 'Call',
  email: 'Email',
  sms: 'SMS',
  meeting: 'Meeting',
  note: 'Note',
  form: 'Web form',
  portal: 'Portal',
  system: 'Waypoint',
};
export const directionLabels: Record<'in' | 'out', string> = { in: 'Inbound', out: 'Outbound' };
export const outcomeLabels: Record<string, string> = {
  connected: 'Connected',
  left_message: 'Left message',
  no_answer: 'No answer',
  wrong_number: 'Wrong number',
  sent: 'Sent',
  received: 'Received',
  held: 'Held',
  cancelled: 'Cancelled',
  scheduled: 'Scheduled',
  passed: 'Passed',
  failed: 'Failed',
  no_show: 'No show',
};
export const payUnitLabels: Record<string, string> = { hour: 'hour', day: 'day', week: 'week', year: 'year' };
export const skillLevelLabels: Record<string, string> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
  expert: 'Expert',
};
export const shiftLabels: Record<string, string> = {
  day: 'Day',
  evening: 'Evening',
  night: 'Night',
  weekend: 'Weekend',
  rotating: 'Rotating',
  flexible: 'Flexible',
};

export const checkInKindLabels: Record<string, string> = {
  call: 'Call',
  visit: 'Site visit',
  email: 'Email',
  sms: 'Text message',
};
/** How the person on assignment says it is going, 1 to 5. */
export const satisfactionLabels: Record<number, string> = {
  5: '5 — very happy',
  4: '4 — happy',
  3: '3 — all right',
  2: '2 — unhappy',
  1: '1 — very unhappy',
};

export {
  activityLabels,
  candidateStatusLabels,
  clientStatusLabels,
  contactRoleLabels,
  endReasonLabels,
  interviewKindLabels,
  jobOrderStatusLabels,
  jobTypeLabels,
  roleLabels,
  sourceLabels,
  submissionStatusLabels,
};
