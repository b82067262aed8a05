/**
 * @module The service standards a firm can hold itself to, their defaults and settings: vocabulary only (the
 * evaluator is in standards.ts), so the web app can use it without the time-zone library.
 */
import type { Duration, DurationUnit } from './durations.ts';
import type { SubjectType } from './touchpoint.ts';

export const standardKeys = [
  'registration_response',
  'staffing_request_response',
  'reply_response',
  'in_process_update',
  'assignment_checkin',
  'client_contact',
] as const;
export type StandardKey = (typeof standardKeys)[number];

export interface StandardDefinition {
  key: StandardKey;
  label: string;
  subject: SubjectType | 'both';
  /** What keeps it, in plain words (for settings and for a queue item's reason). */
  description: string;
  /** The window a firm may change; recurring standards repeat it from the last contact. */
  defaults: { amount: number; unit: DurationUnit; escalateAfter: Duration | null };
}

export const standardDefinitions: Record<StandardKey, StandardDefinition> = {
  registration_response: {
    key: 'registration_response',
    label: 'New registration answered',
    subject: 'candidate',
    description:
      'A new registration or application hears from a recruiter (a call, email, text or meeting, or a screening).',
    defaults: { amount: 1, unit: 'business_days', escalateAfter: { amount: 1, unit: 'business_days' } },
  },
  staffing_request_response: {
    key: 'staffing_request_response',
    label: 'Staffing request answered',
    subject: 'client',
    description: "A client's staffing request is answered by a contact or by candidates presented.",
    defaults: { amount: 2, unit: 'business_hours', escalateAfter: { amount: 4, unit: 'business_hours' } },
  },
  reply_response: {
    key: 'reply_response',
    label: 'Reply answered',
    subject: 'both',
    description: 'An email or text that came in is answered.',
    defaults: { amount: 1, unit: 'business_days', escalateAfter: { amount: 1, unit: 'business_days' } },
  },
  in_process_update: {
    key: 'in_process_update',
    label: 'Candidate in process kept informed',
    subject: 'candidate',
    description: 'A candidate with an open submission hears from us at least this often.',
    defaults: { amount: 3, unit: 'days', escalateAfter: { amount: 2, unit: 'business_days' } },
  },
  assignment_checkin: {
    key: 'assignment_checkin',
    label: 'Assignment check-in',
    subject: 'candidate',
    description:
      'A new assignment gets a check-in within its first week, then one every month until it ends.',
    defaults: { amount: 7, unit: 'days', escalateAfter: { amount: 3, unit: 'business_days' } },
  },
  client_contact: {
    key: 'client_contact',
    label: 'Active client contacted',
    subject: 'client',
    description: 'An active client hears from us at least this often.',
    defaults: { amount: 1, unit: 'months', escalateAfter: null },
  },
};

/** A standard as the firm runs it: its own setting, or the default. */
export interface StandardSetting {
  key: StandardKey;
  enabled: boolean;
  amount: number;
  unit: DurationUnit;
  escalateAfter: Duration | null;
}

export const defaultSetting = (key: StandardKey): StandardSetting => ({
  key,
  enabled: true,
  amount: standardDefinitions[key].defaults.amount,
  unit: standardDefinitions[key].defaults.unit,
  escalateAfter: standardDefinitions[key].defaults.escalateAfter,
});

export type StandardSettings = Record<StandardKey, StandardSetting>;
