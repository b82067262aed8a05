import { describe, expect, it } from 'vitest';
import {
  assertSubmissionTransition,
  candidateActivityForSubmission,
  nextSubmissionStatuses,
  submissionStatuses,
} from './submission.ts';

describe('submission moves', () => {
  it('follows the client process forward, and lets a rejected candidate be reconsidered', () => {
    expect(() => assertSubmissionTransition('shortlisted', 'submitted')).not.toThrow();
    expect(() => assertSubmissionTransition('submitted', 'client_interview')).not.toThrow();
    expect(() => assertSubmissionTransition('client_interview', 'offered')).not.toThrow();
    expect(() => assertSubmissionTransition('rejected', 'shortlisted')).not.toThrow();
    expect(() => assertSubmissionTransition('offered', 'submitted')).toThrow(
      /cannot go from offered to submitted/,
    );
  });

  it('takes an application from the careers site to the desk: shortlist, submit or turn down, never back', () => {
    expect(nextSubmissionStatuses('applied')).toEqual(['shortlisted', 'submitted', 'rejected', 'withdrew']);
    expect(candidateActivityForSubmission('applied')).toBe('applied');
    for (const from of submissionStatuses) {
      expect(() => assertSubmissionTransition(from, 'applied')).toThrow(/cannot go from/);
    }
  });

  it('reaches "placed" only through a placement', () => {
    for (const from of submissionStatuses) {
      expect(() => assertSubmissionTransition(from, 'placed')).toThrow(/making a placement/);
    }
  });

  it('appends the candidate step of each client-facing move', () => {
    expect(candidateActivityForSubmission('submitted')).toBe('submitted');
    expect(candidateActivityForSubmission('rejected')).toBe('not_selected');
    expect(candidateActivityForSubmission('withdrew')).toBe('withdrew');
    expect(candidateActivityForSubmission('shortlisted')).toBeNull();
  });
});

describe('moves offered to people', () => {
  it('are exactly the moves the rules accept', () => {
    for (const from of submissionStatuses) {
      for (const to of submissionStatuses) {
        let accepted = true;
        try {
          assertSubmissionTransition(from, to);
        } catch {
          accepted = false;
        }
        expect(nextSubmissionStatuses(from).includes(to)).toBe(accepted);
      }
    }
  });
});
