/**
 * @module The demo firm's client companies and the people it deals with there. Company names are invented from
 * Massachusetts place names and a line of business; web domains use the reserved `.example`.
 */
import type { CreateClientRequest, CreateContactRequest } from '../../contract/clients.ts';
import type { Source } from '../../domain/candidate.ts';
import type { Industry } from '../../domain/client.ts';
import { firstNames, lastNames, type PhoneBook, workEmail } from './people.ts';
import { type BranchKey, businessAddress, pickTown } from './places.ts';
import type { Random } from './random.ts';
import type { TradeKey } from './trades.ts';

/** The lines of business the firm serves, how many of its clients are in each, and the work they order. */
export const industryMix: readonly (readonly [Industry, number, readonly (readonly [TradeKey, number])[]])[] =
  [
    [
      'manufacturing',
      14,
      [
        ['production', 5],
        ['cnc', 2],
        ['welding', 2],
        ['warehouse', 2],
        ['forklift', 2],
        ['maintenance', 1],
      ],
    ],
    [
      'logistics',
      11,
      [
        ['warehouse', 5],
        ['forklift', 4],
        ['driver', 2],
      ],
    ],
    [
      'healthcare',
      8,
      [
        ['medical', 5],
        ['admin', 1],
        ['customer_service', 1],
      ],
    ],
    [
      'office',
      6,
      [
        ['admin', 4],
        ['customer_service', 2],
        ['accounting', 2],
      ],
    ],
    [
      'finance',
      4,
      [
        ['accounting', 4],
        ['customer_service', 2],
        ['admin', 1],
      ],
    ],
    ['hospitality', 5, [['hospitality', 1]]],
    [
      'construction',
      4,
      [
        ['laborer', 4],
        ['welding', 1],
        ['driver', 1],
      ],
    ],
    [
      'retail',
      3,
      [
        ['warehouse', 3],
        ['customer_service', 1],
      ],
    ],
    [
      'technology',
      3,
      [
        ['production', 3],
        ['admin', 1],
        ['customer_service', 1],
      ],
    ],
    [
      'education',
      2,
      [
        ['admin', 2],
        ['maintenance', 1],
      ],
    ],
  ];

const namePlaces = [
  'Bay State',
  'Commonwealth',
  'Blackstone Valley',
  'Wachusett',
  'Nashoba',
  'Charles River',
  'Merrimack',
  'Neponset',
  'Mystic',
  'Assabet',
  'Seaport',
  'Harborline',
  'Tremont',
  'Beacon',
  'Granite',
  'Pioneer',
  'Minuteman',
  'Pilgrim',
  'Colonial',
  'North Shore',
  'South Shore',
  'MetroWest',
  'Quinsig',
  'Boylston',
  'Fenway',
  'Cape Ann',
  'Sudbury',
  'Hopkinton',
  'Concord',
  'Kendall',
  'Shawmut',
  'Quabbin',
  'Nipmuc',
  'Tatnuck',
  'Lake Quinsigamond',
  'Fore River',
  'Fort Point',
  'Union Square',
  'Chestnut Hill',
  'Elm Park',
];

const linesOfBusiness: Record<Industry, readonly string[]> = {
  manufacturing: [
    'Precision Machining',
    'Fabrication',
    'Plastics',
    'Components',
    'Metalworks',
    'Packaging',
    'Foods',
  ],
  logistics: ['Distribution', 'Fulfillment', 'Cold Storage', 'Freight & Storage', 'Logistics'],
  healthcare: ['Family Medicine', 'Urgent Care', 'Orthopedic Associates', 'Senior Living', 'Pediatrics'],
  office: ['Property Management', 'Legal Services', 'Insurance Agency', 'Realty Group'],
  finance: ['Credit Union', 'Accounting Group', 'Financial Advisors'],
  hospitality: ['Hotel', 'Catering', 'Banquet Center', 'Inn & Suites'],
  construction: ['Builders', 'Site Work', 'Construction', 'Renovation'],
  retail: ['Outfitters', 'Home & Garden', 'Furniture'],
  technology: ['Robotics', 'Labs', 'Devices'],
  education: ['Academy', 'Learning Center'],
  other: ['Services'],
};

const legalSuffix = ['', '', '', ', Inc.', ' LLC', ' Co.'];

type ContactRole = NonNullable<CreateContactRequest['role']>;

const titles: Record<'plant' | 'clinic' | 'office', Record<ContactRole, readonly string[]>> = {
  plant: {
    decision_maker: ['Plant manager', 'Operations director', 'General manager'],
    hiring_manager: ['Production supervisor', 'Warehouse manager', 'Shift supervisor'],
    hr: ['HR generalist', 'HR manager'],
    billing: ['Accounts payable', 'Controller'],
    site_supervisor: ['Second-shift lead', 'Site lead'],
    other: ['Safety coordinator'],
  },
  clinic: {
    decision_maker: ['Practice manager', 'Administrator'],
    hiring_manager: ['Office manager', 'Director of nursing', 'Clinical supervisor'],
    hr: ['HR director', 'HR coordinator'],
    billing: ['Billing manager'],
    site_supervisor: ['Front desk lead'],
    other: ['Scheduler'],
  },
  office: {
    decision_maker: ['Operations manager', 'Managing director', 'Owner'],
    hiring_manager: ['Office manager', 'Team lead', 'Controller'],
    hr: ['HR manager', 'People operations'],
    billing: ['Accounts payable', 'Bookkeeper'],
    site_supervisor: ['Facilities lead'],
    other: ['Executive assistant'],
  },
};

const siteNotes = [
  'Parking in the rear lot. Safety glasses and steel toes required on the floor.',
  'Check in at the security desk; badge photos taken on day one.',
  'Prefers candidates who can start on short notice. Pays weekly through us.',
  'Strict attendance policy: two no-calls and they end the assignment.',
  'Interviews are on site, Tuesdays and Thursdays only.',
  'Union shop for full-time staff; temps are outside the unit.',
  'Near the commuter rail; many temps come by train.',
];

export interface ClientProfile {
  name: string;
  industry: Industry;
  /** The work this client orders, by how often. */
  orders: readonly (readonly [TradeKey, number])[];
  input: CreateClientRequest;
  contacts: CreateContactRequest[];
}

const domainOf = (name: string) =>
  `${name
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z]+/g, '')
    .slice(0, 24)}.example`;

/** A client company and its people, as an account manager enters them. */
export function clientProfile(
  random: Random,
  phones: PhoneBook,
  namesTaken: Set<string>,
  plan: { branch: BranchKey; established: boolean; source: Source; firstHeardOn: string | null },
): ClientProfile {
  const [industry, , orders] = random.weighted(industryMix.map((m) => [m, m[1]] as const));
  let base = '';
  do base = `${random.pick(namePlaces)} ${random.pick(linesOfBusiness[industry])}`;
  while (namesTaken.has(base));
  namesTaken.add(base);
  const name = `${base}${random.pick(legalSuffix)}`;
  const domain = domainOf(base);
  const town = pickTown(random, plan.branch);
  const kind =
    industry === 'healthcare'
      ? 'clinic'
      : ['manufacturing', 'logistics', 'construction'].includes(industry)
        ? 'plant'
        : 'office';
  const count = random.weighted([
    [1, 30],
    [2, 40],
    [3, 25],
    [4, 5],
  ] as const);
  const roles: ContactRole[] = [
    'decision_maker',
    'hiring_manager',
    'hr',
    random.pick(['billing', 'site_supervisor'] as const),
  ];
  const contacts: CreateContactRequest[] = roles.slice(0, count).map((role, i) => {
    const firstName = random.pick(firstNames);
    const lastName = random.pick(lastNames);
    return {
      firstName,
      lastName,
      title: random.pick(titles[kind][role]),
      role: i === 0 && count === 1 ? 'hiring_manager' : role,
      emails: [{ address: workEmail(firstName, lastName, domain), label: 'work' }],
      phones: [{ number: phones.next(random, plan.branch), label: random.chance(0.6) ? 'work' : 'mobile' }],
    };
  });
  return {
    name,
    industry,
    orders,
    input: {
      name,
      industry,
      website: `https://www.${domain}`,
      phone: phones.next(random, plan.branch),
      addressLine: businessAddress(random),
      city: town.city,
      region: 'MA',
      postcode: town.postcode,
      source: plan.source,
      sourceDetail: random.pick(clientSourceDetails[plan.source]),
      notes: random.chance(0.5) ? random.pick(siteNotes) : null,
      status: plan.established ? 'active' : 'prospect',
      firstHeardOn: plan.firstHeardOn,
    },
    contacts,
  };
}

const clientSourceDetails: Record<Source, readonly string[]> = {
  job_board: ['Saw their ad on a job board and called'],
  referral: ['Referred by another client', 'Referred by a candidate who works there'],
  walk_in: ['Stopped by the office'],
  website: ['Inbound request from our website', 'Website contact form'],
  social_media: ['LinkedIn post', 'Replied to a LinkedIn message'],
  job_fair: ['Chamber of commerce expo', 'Regional manufacturing expo'],
  returning: ['Long-standing account', 'Client since before Waypoint'],
  cold_outreach: ['Cold call', 'Cold email campaign', 'Drove by: new building going up'],
  other: ['Met at a networking breakfast'],
};
