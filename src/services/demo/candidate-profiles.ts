/**
 * @module What a recruiter types in about a new candidate: contact details, skills with years and levels, schooling,
 * certificates, what they want, how they heard of the firm, and one to four earlier jobs.
 */

import type { CreateCandidateRequest, CreateEmploymentRequest } from '../../contract/candidates.ts';
import type { JobCategory, JobType, SkillLevel, Source } from '../../domain/candidate.ts';
import { addDays, type LocalDate } from './calendar.ts';
import { firstNames, lastNames, type PhoneBook, personalEmail } from './people.ts';
import { type BranchKey, homeAddress, pickTown } from './places.ts';
import type { Random } from './random.ts';
import { type Trade, type TradeKey, trades } from './trades.ts';

export interface CandidateProfile {
  firstName: string;
  lastName: string;
  email: string | null;
  input: CreateCandidateRequest;
  employment: CreateEmploymentRequest[];
}

const sourceDetails: Record<Source, readonly string[]> = {
  job_board: [
    'Job board ad: warehouse jobs',
    'Job board ad: office temps',
    'Applied to a posted job',
    'Job board search',
  ],
  referral: [
    'Referred by a friend on assignment',
    'Referred by a former coworker',
    'Referred by a client supervisor',
  ],
  walk_in: ['Walked into the office', 'Walked in after seeing the sign'],
  website: ['Applied on harbor.example', 'Website contact form'],
  social_media: ['Facebook post: open shifts', 'Instagram story: hiring now', 'LinkedIn message'],
  job_fair: ['Career center job fair', 'Community college job fair', 'Veterans hiring event'],
  returning: ['Worked with us before', 'Registered with us a few years ago'],
  cold_outreach: ['We found their resume online', 'Recruiter reached out on LinkedIn'],
  other: ['Flyer at the career center', 'Heard about us at church', 'Unemployment office list'],
};

const reasonsForLeaving = [
  'Seasonal position ended',
  'Temp assignment completed',
  'Laid off: plant closed',
  'Laid off: lost a big contract',
  'Looking for more hours',
  'Better pay elsewhere',
  'Wanted a day shift (childcare)',
  'Commute too long',
  'Moved to Massachusetts',
  'Went back to school',
  'Wanted a permanent role',
  'Company relocated out of state',
  'Contract ended',
  'Management changes',
] as const;

/** Jobs people often held before finding their trade. */
const firstJobs = [
  { employer: 'Corner Market', title: 'Cashier' },
  { employer: 'Dunmore Donuts', title: 'Crew member' },
  { employer: 'Bayside Cinema', title: 'Usher' },
  { employer: 'Kwik Mart', title: 'Store clerk' },
  { employer: 'Riverside Grocers', title: 'Stock clerk' },
  { employer: 'Northfield Mall Sports', title: 'Sales associate' },
] as const;

const schools: Record<BranchKey, readonly string[]> = {
  boston: ['Bunker Hill Community College', 'Roxbury Community College', 'Massasoit Community College'],
  worcester: ['Quinsigamond Community College', 'Mount Wachusett Community College'],
};

function level(random: Random, years: number): SkillLevel {
  if (years < 1) return 'beginner';
  if (years < 3) return random.pick(['beginner', 'intermediate'] as const);
  if (years < 8) return random.pick(['intermediate', 'advanced'] as const);
  return random.pick(['advanced', 'expert'] as const);
}

function skillsFor(random: Random, trade: Trade, second: Trade | null, experience: number) {
  const names = random.sample(trade.skills, random.int(2, Math.min(5, trade.skills.length)));
  const more = (pool: readonly string[]) => pool.filter((s) => !names.includes(s));
  if (second && more(second.skills).length > 0) names.push(random.pick(more(second.skills)));
  const languages = more(['Spanish', 'Portuguese', 'Haitian Creole']);
  if (random.chance(0.15) && languages.length > 0) names.push(random.pick(languages));
  return names.map((name) => {
    const years = Math.max(0.5, random.round(random.between(0.3, 1) * experience, 0.5));
    return { name, years, level: level(random, years) };
  });
}

function educationFor(random: Random, trade: Trade, branch: BranchKey, town: string, registered: LocalDate) {
  const year = Number(registered.slice(0, 4));
  const out: NonNullable<CreateCandidateRequest['education']> = [];
  const finished = year - random.int(4, 25);
  if (random.chance(0.45)) {
    out.push({
      institution: `${town} High School`,
      qualification: random.chance(0.85) ? 'High school diploma' : 'GED',
      toDate: `${finished}-06-15`,
    });
  }
  const college = ['accounting', 'medical', 'admin'].includes(trade.key) ? 0.55 : 0.12;
  if (random.chance(college)) {
    const field: Record<string, string> = {
      accounting: 'Accounting',
      medical: 'Medical assisting',
      admin: 'Business administration',
      cnc: 'Machine tool technology',
      welding: 'Welding technology',
    };
    out.push({
      institution: random.pick(schools[branch]),
      qualification:
        trade.key === 'medical' ? 'Certificate' : random.pick(['Associate in Science', 'Certificate']),
      field: field[trade.key] ?? 'General studies',
      fromDate: `${finished + 1}-09-01`,
      toDate: `${finished + 3}-05-20`,
    });
  }
  return out;
}

function certificationsFor(random: Random, trade: Trade, registered: LocalDate) {
  return trade.certificates
    .filter(() => random.chance(trade.key === 'driver' ? 0.9 : 0.55))
    .map((c) => {
      const issuedOn = addDays(registered, -random.int(60, 1500));
      return {
        name: c.name,
        issuer: c.issuer,
        issuedOn,
        expiresOn: c.years ? addDays(issuedOn, c.years * 365) : null,
      };
    })
    .filter((c) => c.expiresOn === null || c.expiresOn > registered);
}

/** One to four earlier jobs, newest first, ending before the person registered (or still going). */
function employmentFor(random: Random, trade: Trade, experience: number, registered: LocalDate) {
  const count = random.weighted([
    [1, 55],
    [2, 30],
    [3, 10],
    [4, 5],
  ] as const);
  const lines: CreateEmploymentRequest[] = [];
  let end: LocalDate | null = random.chance(0.2) ? null : addDays(registered, -random.int(5, 240));
  let pay = random.round(random.between(trade.pay[0], trade.pay[1]) - 0.5, 0.25);
  for (let i = 0; i < count; i++) {
    const months = random.int(4, Math.max(6, Math.round((experience * 12) / count)));
    const start = addDays(end ?? registered, -months * 30);
    const inTrade = i < 2 || random.chance(0.5);
    const job = inTrade
      ? { employer: random.pick(trade.pastEmployers), title: random.pick(trade.titles) }
      : random.pick(firstJobs);
    lines.push({
      employer: job.employer,
      title: job.title,
      startDate: start,
      endDate: end,
      duties: inTrade && random.chance(0.5) ? random.pick(trade.duties) : null,
      payRate: inTrade ? Math.max(15, pay) : random.round(random.between(15, 17), 0.25),
      payUnit: 'hour',
      reasonForLeaving: end === null ? null : random.pick(reasonsForLeaving),
    });
    pay = random.round(pay - random.between(0.5, 2), 0.25);
    end = addDays(start, -random.int(0, 150));
  }
  return lines;
}

const summaries = [
  (t: Trade, y: number) =>
    `${y} years in ${t.category.toLowerCase()} work. Reliable, has own transportation.`,
  (t: Trade, y: number) =>
    `${t.titles[0]} with ${y} years of experience; looking for steady full-time hours.`,
  (t: Trade) => `Open to ${t.category.toLowerCase()} roles on any shift. Available immediately.`,
  (t: Trade, y: number) =>
    `Experienced ${t.titles[0]!.toLowerCase()} (${y} yrs). Prefers first shift; on the bus line.`,
];

/** A new candidate's record as a recruiter would type it in on the day they register. */
export function candidateProfile(
  random: Random,
  phones: PhoneBook,
  emailsTaken: Set<string>,
  plan: {
    trade: TradeKey;
    secondTrade: TradeKey | null;
    branch: BranchKey;
    source: Source;
    registered: LocalDate;
    jobTypes: JobType[];
  },
): CandidateProfile {
  const trade = trades[plan.trade];
  const second = plan.secondTrade ? trades[plan.secondTrade] : null;
  const firstName = random.pick(firstNames);
  const lastName = random.pick(lastNames);
  const town = pickTown(random, plan.branch);
  const experience = random.weighted([
    [random.int(0, 2), 3],
    [random.int(2, 6), 4],
    [random.int(6, 20), 3],
  ] as const);
  const email = random.chance(0.96) ? personalEmail(random, firstName, lastName, emailsTaken) : null;
  const phoneList = [{ number: phones.next(random, plan.branch), label: 'mobile' }];
  if (random.chance(0.1)) phoneList.push({ number: phones.next(random, plan.branch), label: 'home' });
  const wantsSalary = plan.jobTypes.length === 1 && plan.jobTypes[0] === 'direct_hire';
  const title = random.pick(trade.titles);
  const firstHeard =
    plan.source === 'returning'
      ? addDays(plan.registered, -random.int(300, 1400))
      : plan.source === 'walk_in' || random.chance(0.35)
        ? null
        : addDays(plan.registered, -random.int(1, 40));
  const input: CreateCandidateRequest = {
    firstName,
    lastName,
    headline: experience >= 2 ? `${title} · ${experience} yrs` : title,
    emails: email ? [{ address: email, label: 'personal' }] : [],
    phones: phoneList,
    addressLine: random.chance(0.75) ? homeAddress(random) : null,
    city: town.city,
    region: 'MA',
    postcode: town.postcode,
    skills: skillsFor(random, trade, second, Math.max(1, experience)),
    education: educationFor(random, trade, plan.branch, town.city, plan.registered),
    certifications: certificationsFor(random, trade, plan.registered),
    desiredJobTypes: plan.jobTypes,
    desiredPay: wantsSalary
      ? random.round(random.between(trade.salary[0], trade.salary[1]), 1000)
      : random.round(random.between(trade.pay[0], trade.pay[1]), 0.5),
    desiredPayUnit: wantsSalary ? 'year' : 'hour',
    availableFrom: random.chance(0.2) ? addDays(plan.registered, random.int(5, 16)) : plan.registered,
    source: plan.source,
    sourceDetail: random.pick(sourceDetails[plan.source]),
    jobCategory: trade.category.toLowerCase().replace(' ', '_') as JobCategory,
    resumeText: random.chance(0.4) ? random.pick(summaries)(trade, Math.max(1, experience)) : null,
    firstHeardOn: firstHeard,
  };
  return {
    firstName,
    lastName,
    email,
    input,
    // Most bring a resume or can list their jobs; some (first jobs, a quick walk-in) have nothing typed in yet.
    employment: random.chance(0.4)
      ? employmentFor(random, trade, Math.max(1, experience), plan.registered)
      : [],
  };
}
