/**
 * @module The demo firm as the simulation knows it while it runs: who is on the bench or at work, which orders are
 * open, what each submission's status is, and a tally of what the use cases created. Records themselves live in the
 * database; this is the desk's own picture, used to decide what happens next.
 */
import type { ClientStatus } from '../../domain/client.ts';
import type { JobOrderStatus } from '../../domain/job-order.ts';
import type { SubmissionStatus } from '../../domain/submission.ts';
import { addWorkdays, at, isWorkday, type LocalDate, localDate, localHour, MINUTE } from './calendar.ts';
import type { CandidateProfile } from './candidate-profiles.ts';
import type { ClientProfile } from './client-profiles.ts';
import type { About } from './notes.ts';
import type { BranchKey } from './places.ts';
import type { CandidatePlan, ClientPlan, OrderPlan } from './plan.ts';
import type { Random } from './random.ts';
import type { Simulation } from './simulation.ts';
import type { Staff, StaffMember } from './staff.ts';

export interface SimCandidate {
  plan: CandidatePlan;
  profile: CandidateProfile;
  id: string;
  owner: StaffMember;
  /** registered → bench (screened, looking) → working → bench …, or out (never placeable, or left the market). */
  phase: 'registered' | 'bench' | 'working' | 'out';
  /** When they can start work. */
  readyAt: number;
  live: Set<SimSubmission>;
  placements: number;
  lastEndedAt: number | null;
  /** When the current stint on the bench began. */
  benchSince: number;
  registeredAt: number;
}

export interface SimContact {
  id: string;
  firstName: string;
  role: string;
}

export interface SimClient {
  plan: ClientPlan;
  profile: ClientProfile;
  id: string;
  owner: StaffMember;
  contacts: SimContact[];
  status: ClientStatus;
  orders: SimOrder[];
}

export interface SimOrder {
  plan: OrderPlan;
  id: string;
  client: SimClient;
  contact: SimContact | null;
  title: string;
  startDate: LocalDate;
  endDate: LocalDate | null;
  status: JobOrderStatus;
  /** Placements that hold an opening. */
  filled: number;
  submissions: SimSubmission[];
  /** Rounds of looking for people. */
  rounds: number;
  sourcingQueued: boolean;
}

export interface SimSubmission {
  id: string;
  version: number;
  candidate: SimCandidate;
  order: SimOrder;
  status: SubmissionStatus;
}

export interface SimPlacement {
  id: string;
  version: number;
  candidate: SimCandidate;
  order: SimOrder;
  startDate: LocalDate;
  endDate: LocalDate | null;
  active: boolean;
}

/** What the seed created, counted as each use case succeeded. */
export interface Tally {
  users: number;
  candidates: number;
  employmentLines: number;
  clients: number;
  contacts: number;
  jobOrders: number;
  submissions: number;
  interviews: number;
  assessments: number;
  placements: number;
  redeployments: number;
  assignmentsEnded: number;
  checkIns: number;
  loggedContacts: number;
}

export const emptyTally = (): Tally => ({
  users: 0,
  candidates: 0,
  employmentLines: 0,
  clients: 0,
  contacts: 0,
  jobOrders: 0,
  submissions: 0,
  interviews: 0,
  assessments: 0,
  placements: 0,
  redeployments: 0,
  assignmentsEnded: 0,
  checkIns: 0,
  loggedContacts: 0,
});

const OPENS = 8.5;
const CLOSES = 17.5;

export class DemoWorld {
  readonly candidates: SimCandidate[] = [];
  readonly clients: SimClient[] = [];
  readonly orders: SimOrder[] = [];
  readonly tally = emptyTally();
  /** Mornings on which the assignment-start timer is due to run. */
  readonly startTimerDays = new Set<LocalDate>();

  constructor(
    readonly sim: Simulation,
    readonly random: Random,
    readonly staff: Staff,
  ) {}

  /** The recruiter who takes on a new candidate at a branch: mostly the recruiters, sometimes the manager. */
  recruiterAt(branch: BranchKey): StaffMember {
    return this.random.chance(0.18)
      ? this.staff.managers[branch]
      : this.random.pick(this.staff.recruiters[branch]);
  }

  /** The account manager of a branch, or now and then its manager, who also keeps a few accounts. */
  accountManagerAt(branch: BranchKey): StaffMember {
    return this.random.chance(0.2) ? this.staff.managers[branch] : this.staff.accountManagers[branch];
  }

  /** The names a note mentions. */
  about(c: {
    candidate?: SimCandidate;
    order?: SimOrder;
    client?: SimClient;
    contact?: SimContact | null;
  }): About {
    const client = c.client ?? c.order?.client;
    const contact = c.contact ?? c.order?.contact ?? client?.contacts[0] ?? null;
    return {
      person: c.candidate?.profile.firstName ?? 'they',
      job: c.order?.title.toLowerCase() ?? 'open',
      company: client?.profile.name ?? 'the client',
      contact: contact?.firstName ?? 'the manager',
    };
  }

  /** A moment in office hours `workdays` working days after `from` (0: later the same day when the office is open). */
  officeTime(from: number, workdays: number, hours: readonly [number, number] = [9, 16.5]): number {
    const date = addWorkdays(localDate(from), workdays);
    const t = at(date, this.random.between(hours[0], hours[1]));
    if (t > from) return t;
    // Later today if there is time left, otherwise the next working day.
    const today = localDate(from);
    if (isWorkday(today) && localHour(from) < CLOSES - 0.5) return from + this.random.int(10, 45) * MINUTE;
    return at(addWorkdays(today, isWorkday(today) ? 1 : 0), this.random.between(hours[0], hours[1]));
  }

  /** `minutes` later, moved to the next morning when that is after closing time. */
  soon(from: number, minMinutes: number, maxMinutes: number): number {
    const t = from + this.random.int(minMinutes, maxMinutes) * MINUTE;
    const day = localDate(t);
    const hour = localHour(t);
    if (isWorkday(day) && hour >= OPENS && hour < CLOSES) return t;
    const next = addWorkdays(day, isWorkday(day) && hour >= CLOSES ? 1 : 0);
    return at(next, OPENS + this.random.between(0, 1.5));
  }
}
