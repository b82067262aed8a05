/**
 * @module Service standards: what a firm promises ("answer a new registration within 1 business day"), the defaults
 * that ship, and a pure evaluator that reads one person's touchpoints and says which promises came due, when, and
 * whether (and when) they were kept. No I/O; the services feed it from the touchpoint log.
 */
import { addDuration, type BusinessCalendar, type Duration } from './business-calendar.ts';
import { type StandardKey, type StandardSettings, standardDefinitions } from './standard-definitions.ts';

export * from './standard-definitions.ts';

import type { SubjectType } from './touchpoint.ts';

/** After the first check-in of an assignment, the next ones are due this often (the setting is the first window). */
export const CHECKIN_REPEAT: Duration = { amount: 1, unit: 'months' };

/** One touchpoint as the evaluator needs it (the caller leaves out voided ones and corrections). */
export interface StandardTouchpoint {
  activity: string;
  channel: string;
  direction: string | null;
  actorType: string;
  occurredAt: number;
  submissionId: string | null;
  placementId: string | null;
}

/** A promise that came due: `metAt` null while it is open; `endedAt` when its reason went away unmet. */
export interface Obligation {
  standardKey: StandardKey;
  /** Names the thing promised (the person, or their assignment); with `dueAt` it is unique. */
  itemKey: string;
  subject: { type: SubjectType; id: string };
  openedAt: number;
  dueAt: number;
  metAt: number | null;
  escalateAt: number | null;
  /**
   * The obligation stopped applying before it was met (a submission closed, an assignment ended, a client lapsed)
   * after it was already overdue: it counts as missed, but nobody needs to act on it any more.
   */
  endedAt: number | null;
}

const CONTACT_CHANNELS = new Set(['call', 'email', 'sms', 'meeting']);

/** A member of staff reached the person: a call, email, text or meeting, outbound or of unstated direction. */
export const isStaffContact = (t: StandardTouchpoint) =>
  t.actorType === 'user' && CONTACT_CHANNELS.has(t.channel) && t.direction !== 'in';

/** Mail or a text that went out to the person, by a member of staff or by Waypoint (a status update). */
const isOutboundMessage = (t: StandardTouchpoint) =>
  (t.channel === 'email' || t.channel === 'sms') && t.direction === 'out' && t.actorType !== 'subject';

/** An email or text from the person: something that waits for an answer. */
export const isInboundReply = (t: StandardTouchpoint) =>
  (t.channel === 'email' || t.channel === 'sms') && t.direction === 'in' && t.actorType === 'subject';

const REGISTRATION_ANSWERS = new Set(['screened', 'interviewed', 'tested']);
const PROCESS_NEWS = new Set(['client_interview', 'offered']);
const SUBMISSION_CLOSERS = new Set(['placed', 'redeployed', 'not_selected', 'withdrew']);
const CLIENT_ACTIVATORS = new Set([
  'staffing_request',
  'repeat_request',
  'order_filled',
  'candidates_presented',
]);

export interface EvaluateInput {
  subject: { type: SubjectType; id: string };
  /** In time order (ties in recording order), voided ones and corrections left out. */
  touchpoints: readonly StandardTouchpoint[];
  calendar: BusinessCalendar;
  settings: StandardSettings;
}

/**
 * Every obligation one person's touchpoints gave rise to, open or closed, in one pass (O(touchpoints)). Obligations
 * whose due moment has not come yet are included (the queue shows them as upcoming); the caller compares with now.
 *
 * Interpretations:
 * - A trigger while the same standard is already open for the person (a second registration, a second request
 *   before the first was answered) does not open another: the first one's clock is still running.
 * - Recurring standards (in-process updates, check-ins, client contact) anchor the next obligation at the contact
 *   that met the last one, late or not; a long silence is one missed obligation, not one per period.
 * - When the reason ends (the last open submission closes, the assignment ends, the client lapses) an obligation not
 *   yet due is dropped; one already overdue stays, missed, with `endedAt`.
 * - A submission closed by `withdrew` without a submission id closes all of the candidate's open submissions.
 */
export function evaluateSubject(input: EvaluateInput): Obligation[] {
  const { subject, touchpoints, calendar, settings } = input;
  const out: Obligation[] = [];
  const subjectKey = `${subject.type}:${subject.id}`;

  const make = (key: StandardKey, at: number, itemKey = subjectKey, window?: Duration): Obligation => {
    const s = settings[key];
    const dueAt = addDuration(calendar, new Date(at), window ?? { amount: s.amount, unit: s.unit }).getTime();
    const escalateAt = s.escalateAfter
      ? addDuration(calendar, new Date(dueAt), s.escalateAfter).getTime()
      : null;
    const o: Obligation = {
      standardKey: key,
      itemKey,
      subject,
      openedAt: at,
      dueAt,
      metAt: null,
      escalateAt,
      endedAt: null,
    };
    out.push(o);
    return o;
  };
  const on = (key: StandardKey) =>
    settings[key].enabled &&
    (standardDefinitions[key].subject === 'both' || standardDefinitions[key].subject === subject.type);

  /** Ends a recurring obligation because its reason went away: dropped if not yet due, missed if overdue. */
  const end = (o: Obligation, at: number) => {
    if (at < o.dueAt) out.splice(out.lastIndexOf(o), 1);
    else o.endedAt = at;
  };

  let registration: Obligation | null = null;
  let request: Obligation | null = null;
  let reply: Obligation | null = null;
  // In-process updates: the open submissions, and the current obligation while any is open.
  const openSubmissions = new Set<string>();
  let update: Obligation | null = null;
  // Check-ins per placement.
  const checkins = new Map<string, Obligation>();
  // Client contact: the current obligation while the client is active.
  let clientActive = false;
  let contact: Obligation | null = null;

  for (const t of touchpoints) {
    const at = t.occurredAt;
    const staff = isStaffContact(t);

    // Answers first: a touchpoint meets what was open before it, never what it opens itself.
    if (registration && registration.metAt === null && (staff || REGISTRATION_ANSWERS.has(t.activity))) {
      registration.metAt = at;
    }
    if (request && request.metAt === null && (staff || t.activity === 'candidates_presented')) {
      request.metAt = at;
    }
    if (reply && reply.metAt === null && staff && t.direction === 'out') reply.metAt = at;

    if (subject.type === 'candidate') {
      // An application from the careers site waits for an answer as a registration does.
      if (
        (t.activity === 'registered' || t.activity === 'applied') &&
        on('registration_response') &&
        registration?.metAt !== null
      ) {
        registration = make('registration_response', at);
      }

      // In process: news of any kind keeps the candidate informed and restarts the clock.
      if (
        openSubmissions.size > 0 &&
        update &&
        (staff || isOutboundMessage(t) || PROCESS_NEWS.has(t.activity))
      ) {
        if (update.metAt === null) update.metAt = at;
        update = make('in_process_update', at);
      }
      if (t.activity === 'submitted') {
        const wasIdle = openSubmissions.size === 0;
        openSubmissions.add(t.submissionId ?? `tp:${at}`);
        if (wasIdle && on('in_process_update')) update = make('in_process_update', at);
      } else if (SUBMISSION_CLOSERS.has(t.activity) && openSubmissions.size > 0) {
        if (t.activity === 'withdrew' && t.submissionId === null) openSubmissions.clear();
        else if (t.submissionId !== null) openSubmissions.delete(t.submissionId);
        if (openSubmissions.size === 0 && update) {
          if (update.metAt === null) end(update, at);
          update = null;
        }
      }

      if (t.placementId !== null && on('assignment_checkin')) {
        const current = checkins.get(t.placementId);
        const itemKey = `placement:${t.placementId}`;
        if (t.activity === 'assignment_started' && !current) {
          checkins.set(t.placementId, make('assignment_checkin', at, itemKey));
        } else if (t.activity === 'assignment_checkin') {
          // A check-in on an assignment started before the log we were given: the monthly rhythm starts here.
          if (current && current.metAt === null) current.metAt = at;
          checkins.set(t.placementId, make('assignment_checkin', at, itemKey, CHECKIN_REPEAT));
        } else if (t.activity === 'assignment_ended' && current) {
          if (current.metAt === null) end(current, at);
          checkins.delete(t.placementId);
        }
      }
    } else {
      if (
        (t.activity === 'staffing_request' || t.activity === 'repeat_request') &&
        on('staffing_request_response') &&
        request?.metAt !== null
      ) {
        request = make('staffing_request_response', at);
      }
      if (on('client_contact')) {
        if (t.activity === 'lapsed') {
          if (contact && contact.metAt === null) end(contact, at);
          contact = null;
          clientActive = false;
        } else if (clientActive && contact && (staff || t.activity === 'meeting')) {
          if (contact.metAt === null) contact.metAt = at;
          contact = make('client_contact', at);
        } else if (!clientActive && CLIENT_ACTIVATORS.has(t.activity)) {
          clientActive = true;
          contact = make('client_contact', at);
        }
      }
    }

    if (isInboundReply(t) && on('reply_response') && reply?.metAt !== null) {
      reply = make('reply_response', at);
    }
  }
  return out;
}

/** Whether an obligation was kept: met by its due moment. */
export const wasMet = (o: Obligation) => o.metAt !== null && o.metAt <= o.dueAt;

/** Whether an obligation still waits for someone to act (not met, and its reason has not gone away). */
export const isOpen = (o: Obligation) => o.metAt === null && o.endedAt === null;
