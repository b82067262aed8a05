import { describe, expect, it } from 'vitest';
import type { DomainError } from './errors.ts';
import {
  assertValidDefinition,
  defaultCandidateJourney,
  defaultClientJourney,
} from './journey-definition.ts';

describe('journey definitions', () => {
  it('ships valid defaults whose stages are among their activities', () => {
    expect(() => assertValidDefinition(defaultCandidateJourney)).not.toThrow();
    expect(() => assertValidDefinition(defaultClientJourney)).not.toThrow();
  });

  it('names every problem of an edited definition', () => {
    try {
      assertValidDefinition({
        type: 'candidate',
        activities: [
          { key: 'registered', label: 'Registered', stallDays: 3, terminal: false },
          { key: 'Bad Key', label: 'x', stallDays: null, terminal: false },
          { key: 'registered', label: 'Again', stallDays: 0, terminal: false },
          { key: 'gone', label: 'Gone', stallDays: 5, terminal: true },
        ],
        stages: ['registered', 'placed'],
      });
      expect.unreachable();
    } catch (error) {
      expect((error as DomainError).issues.map((i) => i.path)).toEqual([
        'activities.1.key',
        'activities.2.key',
        'activities.2.stallDays',
        'activities.3.stallDays',
        'stages.1',
      ]);
    }
  });
});
