/** @module What staff write in the demo: call summaries, check-in notes, reasons, in the desk's own shorthand. */
import type { EndReason } from '../../domain/placement.ts';
import type { Random } from './random.ts';

export interface About {
  /** The candidate's first name. */
  person: string;
  /** The job title. */
  job: string;
  /** The client company. */
  company: string;
  /** The client contact's first name. */
  contact: string;
}

type Line = (a: About) => string;

/** One of the lines, filled in. */
export const say = (random: Random, lines: readonly Line[], about: About) => random.pick(lines)(about);

export const candidateNotes = {
  pitch: [
    (a) => `Pitched the ${a.job} role at ${a.company}. Interested; OK with the pay and the shift.`,
    (a) => `Went over the ${a.job} opening at ${a.company}. ${a.person} wants it; can start Monday.`,
    (a) => `Called about ${a.company}. Likes that it is on the bus line. Submitting.`,
  ],
  notSelected: [
    (a) => `Let ${a.person} know ${a.company} went with someone else. Will keep looking.`,
    (a) => `Told ${a.person} about ${a.company}'s decision. Took it well; open to other sites.`,
  ],
  offer: [
    (a) => `Offered the ${a.job} job at ${a.company}. Accepted on the spot.`,
    (a) => `${a.person} accepted ${a.company}'s offer. Sent start details by text.`,
  ],
  startDetails: [
    (a) =>
      `Start details: report 15 min early, ask for ${a.contact} at the front desk. Bring ID and steel toes.`,
    (a) =>
      `Texted address and parking for ${a.company}, and ${a.contact}'s name. Confirmed with a thumbs up.`,
  ],
  bench: [
    (a) => `Checking in: still available? ${a.person} is open to second shift now.`,
    () => 'Quick check-in. Still looking; asked about weekend work.',
    () => 'Called to update availability. Has a car again, can travel further.',
    (a) => `Asked ${a.person} about temp-to-hire roles. Interested if it is days.`,
  ],
  inbound: [
    (a) => `${a.person} called asking about open shifts this week.`,
    (a) => `${a.person} called to update their phone number and availability.`,
    (a) => `${a.person} called: paycheck question, passed to payroll.`,
  ],
  wrapUp: [
    (a) => `Assignment at ${a.company} wraps up soon. Lining up the next one.`,
    (a) =>
      `Heads up to ${a.person}: ${a.company} ends the assignment on schedule. Asked what they want next.`,
  ],
  goneQuiet: [
    (a) => `Three messages, no reply. Marking ${a.person} inactive for now.`,
    (a) => `${a.person} found a permanent job on their own. Closing out.`,
    (a) => `${a.person} is moving out of state. Inactive.`,
  ],
  hired: [(a) => `${a.company} hired ${a.person} permanently. Congratulations sent.`],
} satisfies Record<string, readonly Line[]>;

export const submissionNotes = {
  rejected: [
    'Client went with a candidate with more experience.',
    'Client felt the commute would be a problem.',
    'Not enough hands-on time on the equipment.',
    'Client picked an internal candidate.',
    'Client wanted someone who can start sooner.',
  ],
  withdrew: [
    'Took a job closer to home.',
    'Accepted another offer.',
    'Pay too low for the commute.',
    'Changed mind about the shift.',
    'Decided to stay with current employer.',
  ],
  filled: ['Position filled by another candidate.'],
  cancelled: ['Client cancelled the order.'],
  unfilled: ['Order closed without a hire.'],
} as const;

export const clientNotes = {
  intro: [
    (a) => `Intro call with ${a.contact}. They use two agencies; open to a trial order.`,
    (a) => `Cold call. Spoke with ${a.contact}: busy season starts next month, call back then.`,
    (a) => `Introduced Harbor Staffing to ${a.contact}. Sent our rate sheet by email afterwards.`,
  ],
  noAnswer: [
    (a) => `Tried ${a.contact}, no answer.`,
    (a) => `Left ${a.contact} a voicemail about staffing needs.`,
  ],
  introEmail: [(a) => `Sent ${a.contact} our capabilities deck and references.`],
  meeting: [
    (a) => `Site visit with ${a.contact}: walked the floor, agreed terms for a first order.`,
    (a) => `Met ${a.contact} on site. They need reliable second-shift help.`,
    (a) => `Lunch meeting with ${a.contact}. Discussed volume for the coming quarter.`,
  ],
  requestCall: [
    (a) => `${a.contact} called in a request: ${a.job}. Needs people fast.`,
    (a) => `${a.contact} emailed about ${a.job} openings; called back to take the details.`,
  ],
  care: [
    (a) => `Quarterly review with ${a.contact}. Happy with the temps; fill rate discussed.`,
    (a) => `Checked in with ${a.contact}. Volume steady; may need more people next month.`,
    (a) => `Feedback call with ${a.contact}: loves ${a.person}, wants more like them.`,
    (a) => `Sent ${a.contact} the updated rate sheet for the new year.`,
    (a) => `Dropped off coffee and checked in with ${a.contact} on the floor.`,
  ],
  hold: [
    (a) => `${a.contact}: order on hold, budget review this month.`,
    (a) => `${a.contact} paused the ${a.job} order until a new line is installed.`,
  ],
  reopen: [(a) => `${a.contact} is ready to go again on the ${a.job} order.`],
  cancel: [
    (a) => `${a.contact} cancelled the ${a.job} order: the project is postponed.`,
    (a) => `${a.contact} filled the ${a.job} job internally; order cancelled.`,
  ],
  unfilled: [
    (a) => `Closing the ${a.job} order: no match at the pay rate offered. Told ${a.contact}.`,
    (a) => `Agreed with ${a.contact} to close the ${a.job} order unfilled; will revisit the rate.`,
  ],
  lapse: [
    (a) => `Checked in with ${a.contact}: volume is down, no temps this quarter.`,
    (a) => `${a.contact} says they brought hiring in-house. Keeping in touch.`,
  ],
  cold: [(a) => `No reply from ${a.contact} after several tries. Went with another agency.`],
} satisfies Record<string, readonly Line[]>;

export const checkInNotes: Record<1 | 2 | 3 | 4 | 5, readonly string[]> = {
  1: [
    'Unhappy with the hours; may not stay.',
    'Conflict with a lead on the line. Following up with the client.',
  ],
  2: ['Finding the pace hard. Offered tips; will check again next week.', 'Commute is wearing on them.'],
  3: ['Doing OK. Wants more hours.', 'Settling in; a few questions about overtime pay.'],
  4: [
    'Going well. Supervisor is happy.',
    'Good week, no issues.',
    'Likes the team; asked about going permanent.',
  ],
  5: [
    'Great feedback from the supervisor.',
    'Loves it here; client asked about hiring them.',
    'Perfect attendance.',
  ],
};

export const endNotes: Record<EndReason, readonly string[]> = {
  completed: ['Assignment completed as planned.', 'Project finished on schedule.'],
  client_ended: [
    'Client reduced headcount after volume dropped.',
    'Client ended the assignment early: line shut down.',
  ],
  candidate_resigned: [
    'Found a permanent job.',
    'Resigned: transport problems.',
    'Left for a job closer to home.',
  ],
  converted_to_hire: ['Hired by the client after the temp period.'],
  no_show: ['No call, no show on day one.', 'Did not show up for the first shift.'],
  performance: [
    'Client ended the assignment: attendance.',
    'Client ended the assignment: could not keep up with the rate.',
  ],
  other: ['Assignment ended.'],
};
