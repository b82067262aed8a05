/**
 * @module Journey definitions (see ../shared/journeys.md): for candidates and for clients, the activities a journey
 * is made of, the ordered stages of its funnel, a stall threshold per activity, and the terminal activities. Waypoint
 * ships the defaults below; a firm's admins edit their own, and every edit is a new version.
 */
import { DomainError, type FieldIssue } from './errors.ts';
import { activityLabels, candidateActivities, clientActivities, type SubjectType } from './touchpoint.ts';

export interface JourneyActivity {
  /** The touchpoint activity (a built-in one, or a firm's own added by an admin). */
  key: string;
  label: string;
  /** Days after which a journey resting on this activity is stalled; null: never. */
  stallDays: number | null;
  /** Ends the journey: never stalled. */
  terminal: boolean;
}

export interface JourneyDefinition {
  type: SubjectType;
  /** 0 is Waypoint's built-in default; a firm's edits are 1, 2, … */
  version: number;
  activities: JourneyActivity[];
  /** The funnel, in order: keys of activities above. */
  stages: string[];
}

const a = (
  key: keyof typeof activityLabels,
  stallDays: number | null,
  terminal = false,
): JourneyActivity => ({
  key,
  label: activityLabels[key],
  stallDays,
  terminal,
});

/**
 * Candidates: the thresholds are the follow-ups a good desk keeps (screen a registration within 3 days, hear back on
 * a submission within a week, check in monthly on assignment, redeploy within two weeks). The funnel uses the steps
 * every placement passes through; interviews and tests are not always held, and a strict funnel would drop people
 * who skipped them.
 */
export const defaultCandidateJourney: JourneyDefinition = {
  type: 'candidate',
  version: 0,
  activities: [
    a('heard_of_us', 14),
    a('registered', 3),
    a('applied', 3),
    a('screened', 7),
    a('interviewed', 7),
    a('tested', 5),
    a('submitted', 7),
    a('client_interview', 5),
    a('offered', 3),
    a('not_selected', 14),
    a('placed', 7),
    a('assignment_started', 10),
    a('assignment_checkin', 35),
    a('assignment_ended', 14),
    a('redeployed', 7),
    a('withdrew', null, true),
  ],
  stages: ['registered', 'screened', 'submitted', 'placed'],
};

/** Clients: answer a staffing request within 2 days, present candidates, fill; an account quiet for a month stalls. */
export const defaultClientJourney: JourneyDefinition = {
  type: 'client',
  version: 0,
  activities: [
    a('heard_of_us', 30),
    a('contacted', 14),
    a('meeting', 14),
    a('staffing_request', 2),
    a('candidates_presented', 5),
    a('order_filled', 30),
    a('order_unfilled', 14),
    a('order_cancelled', 30),
    a('repeat_request', 2),
    a('lapsed', null, true),
  ],
  stages: ['heard_of_us', 'staffing_request', 'candidates_presented', 'order_filled'],
};

export const defaultJourney = (type: SubjectType) =>
  type === 'candidate' ? defaultCandidateJourney : defaultClientJourney;

/** Activity keys: lower-case words joined by underscores (they are stored on touchpoints and shown in exports). */
export const ACTIVITY_KEY = /^[a-z][a-z0-9_]{1,39}$/;

/** The built-in activities of a journey type (a firm may add its own beside them). */
export const builtInActivities = (type: SubjectType): readonly string[] =>
  type === 'candidate' ? candidateActivities : clientActivities;

/** Throws, naming every field at fault, unless a definition is usable. */
export function assertValidDefinition(def: Omit<JourneyDefinition, 'version'>) {
  const issues: FieldIssue[] = [];
  const keys = new Set<string>();
  def.activities.forEach((act, i) => {
    if (!ACTIVITY_KEY.test(act.key))
      issues.push({ path: `activities.${i}.key`, message: 'Use lower-case letters, digits and _' });
    if (keys.has(act.key)) issues.push({ path: `activities.${i}.key`, message: 'Listed twice' });
    keys.add(act.key);
    if (act.terminal && act.stallDays !== null) {
      issues.push({ path: `activities.${i}.stallDays`, message: 'A terminal activity never stalls' });
    }
    if (act.stallDays !== null && !(act.stallDays > 0 && act.stallDays <= 3650)) {
      issues.push({ path: `activities.${i}.stallDays`, message: 'From 1 to 3650 days' });
    }
  });
  if (def.activities.length === 0) issues.push({ path: 'activities', message: 'At least one activity' });
  const stages = new Set<string>();
  def.stages.forEach((s, i) => {
    if (!keys.has(s)) issues.push({ path: `stages.${i}`, message: 'Not one of the activities' });
    if (stages.has(s)) issues.push({ path: `stages.${i}`, message: 'Listed twice' });
    stages.add(s);
  });
  if (issues.length > 0) {
    throw new DomainError('validation', `${issues[0]!.path}: ${issues[0]!.message}`, issues);
  }
}
