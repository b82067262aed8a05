/** @module Interviews (screenings, internal interviews, client interviews) and assessments. */
import type { CandidateActivity } from './touchpoint.ts';

export const interviewKinds = ['screening', 'internal', 'client'] as const;
export type InterviewKind = (typeof interviewKinds)[number];
export const interviewKindLabels: Record<InterviewKind, string> = {
  screening: 'Screening',
  internal: 'Interview',
  client: 'Client interview',
};

export const interviewOutcomes = ['scheduled', 'passed', 'failed', 'no_show', 'cancelled'] as const;
export type InterviewOutcome = (typeof interviewOutcomes)[number];

/**
 * The candidate-journey activity an interview stands for once it has taken place. A client interview's step is the
 * submission moving to "client interview" (when it is arranged), so the interview itself adds none.
 */
export function activityForInterview(kind: InterviewKind): CandidateActivity | null {
  switch (kind) {
    case 'screening':
      return 'screened';
    case 'internal':
      return 'interviewed';
    case 'client':
      return null;
  }
}

/**
 * An interview is a step of the journey once it has been held and judged; a no-show or a cancellation is not the
 * step (the journey stays where it was, which is what stall detection should see).
 */
export const interviewHappened = (outcome: InterviewOutcome) => outcome === 'passed' || outcome === 'failed';
