import type { ContactOutcome, ManualChannel } from '../../domain/touchpoint.ts';

/** The outcomes that make sense for a channel: a call connects or not, an email is sent or received. */
export function optionsFor(channel: ManualChannel): ContactOutcome[] {
  switch (channel) {
    case 'call':
      return ['connected', 'left_message', 'no_answer', 'wrong_number'];
    case 'email':
    case 'sms':
      return ['sent', 'received'];
    case 'meeting':
      return ['held', 'cancelled'];
    case 'note':
      return [];
  }
}

export { directionLabels, outcomeLabels } from '../lib/labels.ts';

/** How far a new submission goes at once. */
export const stageOptions = [
  { value: 'submitted', label: 'Submit to client' },
  { value: 'shortlisted', label: 'Shortlist only' },
];
