/**
 * A seeded generator of synthetic candidate journeys shaped like a staffing firm's: a Markov walk over 13 activities
 * with drop-outs, re-interviews, repeated check-ins, assignment ends and redeployments (loops), and journeys still
 * in flight. Deterministic for a seed. Emits the engine's columns directly, plus per-journey segment codes.
 */
import type { EventColumns } from '../src/journeys/columns.ts';
import { Random } from '../src/services/demo/random.ts';

export const SYNTHETIC_ACTIVITIES = [
  'registered',
  'screened',
  'interviewed',
  'tested',
  'submitted',
  'client_interview',
  'offered',
  'placed',
  'assignment_started',
  'assignment_checkin',
  'assignment_ended',
  'redeployed',
  'withdrew',
] as const;

type A = (typeof SYNTHETIC_ACTIVITIES)[number];

/** Next-step probabilities and mean gaps (hours). A missing remainder of probability is "the journey stops here". */
const STEPS: Record<A, [A, number, number][]> = {
  registered: [
    ['screened', 0.9, 30],
    ['withdrew', 0.02, 200],
  ],
  screened: [
    ['interviewed', 0.78, 48],
    ['tested', 0.12, 24],
    ['withdrew', 0.03, 300],
  ],
  interviewed: [
    ['tested', 0.45, 24],
    ['submitted', 0.42, 48],
    ['interviewed', 0.06, 72],
    ['withdrew', 0.03, 200],
  ],
  tested: [
    ['submitted', 0.85, 36],
    ['withdrew', 0.03, 200],
  ],
  submitted: [
    ['client_interview', 0.58, 72],
    ['offered', 0.14, 96],
    ['submitted', 0.2, 240],
    ['withdrew', 0.02, 300],
  ],
  client_interview: [
    ['offered', 0.62, 48],
    ['client_interview', 0.1, 72],
    ['submitted', 0.2, 200],
  ],
  offered: [
    ['placed', 0.9, 24],
    ['withdrew', 0.06, 48],
  ],
  placed: [['assignment_started', 0.98, 72]],
  assignment_started: [['assignment_checkin', 0.95, 120]],
  assignment_checkin: [
    ['assignment_checkin', 0.67, 300],
    ['assignment_ended', 0.31, 500],
  ],
  assignment_ended: [
    ['redeployed', 0.55, 300],
    ['submitted', 0.2, 400],
  ],
  redeployed: [['assignment_started', 0.96, 72]],
  withdrew: [],
};

export interface SyntheticLog {
  columns: EventColumns;
  /** Per journey: source code, branch code (dictionaries below). */
  source: Uint16Array;
  branch: Uint16Array;
  sources: string[];
  branches: string[];
}

export function syntheticLog(journeys: number, seed: number, end = Date.UTC(2026, 10, 1)): SyntheticLog {
  const random = new Random(seed);
  const rand = () => random.float();
  const code = new Map(SYNTHETIC_ACTIVITIES.map((a, i) => [a, i]));
  const yearMs = 365 * 86_400_000;
  let capacity = journeys * 12;
  let act = new Uint16Array(capacity);
  let at = new Float64Array(capacity);
  const journeyStart = new Uint32Array(journeys + 1);
  const journeyIds: string[] = new Array(journeys);
  const source = new Uint16Array(journeys);
  const branch = new Uint16Array(journeys);
  let n = 0;
  for (let j = 0; j < journeys; j++) {
    journeyStart[j] = n;
    journeyIds[j] = `c${j.toString(36).padStart(6, '0')}`;
    source[j] = Math.floor(rand() * rand() * 5);
    branch[j] = rand() < 0.6 ? 0 : 1;
    let t = end - yearMs + Math.floor(rand() * yearMs);
    let current: A = 'registered';
    for (let step = 0; step < 60; step++) {
      if (t >= end) break;
      if (n === capacity) {
        capacity *= 2;
        const a2 = new Uint16Array(capacity);
        a2.set(act);
        act = a2;
        const t2 = new Float64Array(capacity);
        t2.set(at);
        at = t2;
      }
      act[n] = code.get(current)!;
      // Whole seconds, as touchpoints recorded by people are; some steps land in the same second (ties).
      at[n] = Math.floor(t / 1000) * 1000;
      n++;
      let r = rand();
      let next: [A, number, number] | undefined;
      for (const option of STEPS[current]) {
        if (r < option[1]) {
          next = option;
          break;
        }
        r -= option[1];
      }
      if (!next) break;
      current = next[0];
      t += -Math.log(1 - rand()) * next[2] * 3_600_000 * (0.3 + source[j]! * 0.2);
    }
  }
  journeyStart[journeys] = n;
  return {
    columns: {
      activityNames: [...SYNTHETIC_ACTIVITIES],
      journeyIds,
      journeyStart: journeyStart.slice(0, journeys),
      journeyEnd: journeyStart.slice(1),
      act: act.slice(0, n),
      at: at.slice(0, n),
    },
    source,
    branch,
    sources: ['job_board', 'referral', 'walk_in', 'website', 'social_media'],
    branches: ['Boston', 'Worcester'],
  };
}
