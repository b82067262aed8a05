/**
 * @module The touchpoint vocabulary (see ../shared/journeys.md): who, what, how, by whom, when and about what.
 * Touchpoints are append-only; a correction is a new touchpoint that voids an earlier one.
 */

export const subjectTypes = ['candidate', 'client'] as const;
export type SubjectType = (typeof subjectTypes)[number];

export const candidateActivities = [
  'heard_of_us',
  'registered',
  'applied',
  'screened',
  'interviewed',
  'tested',
  'submitted',
  'client_interview',
  'offered',
  'not_selected',
  'placed',
  'assignment_started',
  'assignment_checkin',
  'assignment_ended',
  'redeployed',
  'withdrew',
  'contacted',
  'note',
] as const;
export type CandidateActivity = (typeof candidateActivities)[number];

export const clientActivities = [
  'heard_of_us',
  'contacted',
  'meeting',
  'staffing_request',
  'candidates_presented',
  'order_filled',
  'order_unfilled',
  'order_cancelled',
  'repeat_request',
  'lapsed',
  'note',
] as const;
export type ClientActivity = (typeof clientActivities)[number];

export type Activity = CandidateActivity | ClientActivity;

export const activityLabels: Record<Activity, string> = {
  heard_of_us: 'Heard of us',
  registered: 'Registered',
  applied: 'Applied',
  screened: 'Screened',
  interviewed: 'Interviewed',
  tested: 'Tested',
  submitted: 'Submitted to client',
  client_interview: 'Client interview',
  offered: 'Offered',
  not_selected: 'Not selected',
  placed: 'Placed',
  assignment_started: 'Assignment started',
  assignment_checkin: 'Assignment check-in',
  assignment_ended: 'Assignment ended',
  redeployed: 'Redeployed',
  withdrew: 'Withdrew',
  contacted: 'Contacted',
  note: 'Note',
  meeting: 'Meeting',
  staffing_request: 'Staffing request',
  candidates_presented: 'Candidates presented',
  order_filled: 'Order filled',
  order_unfilled: 'Order unfilled',
  order_cancelled: 'Order cancelled',
  repeat_request: 'Repeat request',
  lapsed: 'Lapsed',
};

export const channels = ['call', 'email', 'sms', 'meeting', 'note', 'form', 'portal', 'system'] as const;
export type Channel = (typeof channels)[number];

/** Channels a person logs by hand; form, portal and system touchpoints are appended by Waypoint itself. */
export const manualChannels = [
  'call',
  'email',
  'sms',
  'meeting',
  'note',
] as const satisfies readonly Channel[];
export type ManualChannel = (typeof manualChannels)[number];

export const directions = ['in', 'out'] as const;
export type Direction = (typeof directions)[number];

export const actorTypes = ['user', 'subject', 'system'] as const;
export type ActorType = (typeof actorTypes)[number];

/** How a hand-logged contact went. */
export const contactOutcomes = [
  'connected',
  'left_message',
  'no_answer',
  'wrong_number',
  'sent',
  'received',
  'held',
  'cancelled',
] as const;
export type ContactOutcome = (typeof contactOutcomes)[number];

/**
 * The activity a hand-logged contact stands for: a meeting with a client is the journey's `meeting` stage; every
 * other contact is `contacted`; a note records something learnt without contact.
 */
export function activityForManualLog(subject: SubjectType, channel: ManualChannel): Activity {
  if (channel === 'note') return 'note';
  if (subject === 'client' && channel === 'meeting') return 'meeting';
  return 'contacted';
}

export const isActivityOf = (subject: SubjectType, activity: string): boolean =>
  subject === 'candidate'
    ? (candidateActivities as readonly string[]).includes(activity)
    : (clientActivities as readonly string[]).includes(activity);
