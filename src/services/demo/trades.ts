/**
 * @module The kinds of work the demo firm staffs: titles, skills, pay, certificates, tests and the employers people
 * worked for before. Pay is Massachusetts 2025–26 market pay for temporary and permanent staff.
 */
import type { JobType } from '../../domain/candidate.ts';
import type { Shift } from '../../domain/job-order.ts';

export type TradeKey =
  | 'warehouse'
  | 'forklift'
  | 'production'
  | 'cnc'
  | 'welding'
  | 'maintenance'
  | 'laborer'
  | 'driver'
  | 'admin'
  | 'customer_service'
  | 'accounting'
  | 'medical'
  | 'hospitality';

export interface Certificate {
  name: string;
  issuer: string;
  /** How long it is valid, when it expires. */
  years: number | null;
}

export interface Test {
  name: string;
  maxScore: number;
  passMark: number;
}

export interface Trade {
  key: TradeKey;
  /** The job order category. */
  category: string;
  titles: readonly string[];
  skills: readonly string[];
  /** Hourly pay of temporary staff, low and high. */
  pay: readonly [number, number];
  /** Yearly salary of a permanent hire, low and high. */
  salary: readonly [number, number];
  jobTypes: readonly (readonly [JobType, number])[];
  shifts: readonly (readonly [Shift, number])[];
  certificates: readonly Certificate[];
  test: Test | null;
  /** Skilled work: the desk interviews people in depth before putting them forward. */
  interviewsInDepth: boolean;
  pastEmployers: readonly string[];
  duties: readonly string[];
  /** Share of the firm's candidates who do this work. */
  share: number;
}

const dayShifts = [
  ['day', 6],
  ['evening', 2],
  ['night', 1],
] as const;
const officeHours = [['day', 1]] as const;

export const trades: Record<TradeKey, Trade> = {
  warehouse: {
    key: 'warehouse',
    category: 'Warehouse',
    titles: ['Warehouse associate', 'Picker/packer', 'Shipping and receiving clerk', 'Material handler'],
    skills: [
      'Order picking',
      'Packing',
      'RF scanner',
      'Shipping & receiving',
      'Inventory counts',
      'Pallet jack',
    ],
    pay: [17.5, 20.5],
    salary: [38_000, 45_000],
    jobTypes: [
      ['temp', 7],
      ['temp_to_hire', 3],
      ['direct_hire', 0.4],
    ],
    shifts: [
      ['day', 5],
      ['evening', 3],
      ['night', 2],
      ['weekend', 1],
    ],
    certificates: [],
    test: { name: 'Warehouse safety quiz', maxScore: 20, passMark: 14 },
    interviewsInDepth: false,
    pastEmployers: [
      'Bay Colony Distribution',
      'Northeast Grocers DC',
      'Patriot Parcel',
      'Granite State Logistics',
      'Eastfield Fulfillment',
      'Pilgrim Freight',
    ],
    duties: [
      'Picked and packed 150+ orders a shift with an RF scanner',
      'Loaded and unloaded trailers, checked shipments against packing lists',
      'Cycle counts and restocking of pick locations',
    ],
    share: 19,
  },
  forklift: {
    key: 'forklift',
    category: 'Warehouse',
    titles: ['Forklift operator', 'Reach truck operator', 'Order selector', 'Forklift operator (2nd shift)'],
    skills: ['Forklift', 'Reach truck', 'Order picker', 'Pallet jack', 'RF scanner', 'Loading dock'],
    pay: [19, 23.5],
    salary: [42_000, 50_000],
    jobTypes: [
      ['temp', 6],
      ['temp_to_hire', 4],
      ['direct_hire', 0.5],
    ],
    shifts: [
      ['day', 4],
      ['evening', 3],
      ['night', 2],
    ],
    certificates: [
      { name: 'OSHA powered industrial truck (forklift) certification', issuer: 'Employer-issued', years: 3 },
    ],
    test: { name: 'Forklift practical evaluation', maxScore: 100, passMark: 75 },
    interviewsInDepth: false,
    pastEmployers: [
      'Bay Colony Distribution',
      'Seaboard Cold Storage',
      'Patriot Parcel',
      'Commonwealth Lumber Yard',
    ],
    duties: [
      'Operated sit-down and stand-up forklifts, put-away and replenishment',
      'Loaded outbound trailers to schedule; zero damage claims',
      'Reach truck work at 30 ft in a high-bay warehouse',
    ],
    share: 10,
  },
  production: {
    key: 'production',
    category: 'Manufacturing',
    titles: [
      'Production associate',
      'Assembler',
      'Packaging operator',
      'Machine operator',
      'Quality inspector',
    ],
    skills: ['Assembly', 'Hand tools', 'Packaging line', 'Quality control', 'Soldering', 'Machine operation'],
    pay: [17, 21.5],
    salary: [38_000, 46_000],
    jobTypes: [
      ['temp', 6],
      ['temp_to_hire', 4],
      ['direct_hire', 0.4],
    ],
    shifts: dayShifts,
    certificates: [],
    test: { name: 'Mechanical aptitude test', maxScore: 40, passMark: 26 },
    interviewsInDepth: false,
    pastEmployers: [
      'Colonial Candle Works',
      'Blue Hill Packaging',
      'Summit Plastics',
      'Riverbend Foods',
      'Crescent Electronics Assembly',
    ],
    duties: [
      'Assembled sub-assemblies to work instructions at line rate',
      'Ran a packaging line and cleared jams; kept line logs',
      'Visual inspection and first-article checks',
    ],
    share: 12,
  },
  cnc: {
    key: 'cnc',
    category: 'Manufacturing',
    titles: ['CNC machinist', 'CNC operator', 'CNC setup machinist', 'Manual machinist'],
    skills: [
      'CNC milling',
      'CNC lathe',
      'G-code',
      'Mastercam',
      'Blueprint reading',
      'Calipers & micrometers',
      'GD&T',
    ],
    pay: [23, 34],
    salary: [55_000, 74_000],
    jobTypes: [
      ['temp', 2],
      ['temp_to_hire', 4],
      ['direct_hire', 3],
    ],
    shifts: dayShifts,
    certificates: [{ name: 'NIMS Machining Level I', issuer: 'NIMS', years: null }],
    test: { name: 'Blueprint reading test', maxScore: 50, passMark: 35 },
    interviewsInDepth: true,
    pastEmployers: ['Norfolk Precision', 'Accu-Turn Machine', 'Pioneer Valley Tool & Die', 'Westfield Gear'],
    duties: [
      'Set up and ran Haas VF-2 mills and a Mazak lathe; held ±0.0005"',
      'Edited G-code at the control and ran first-article inspection',
      'Deburring, in-process checks with mics and height gauge',
    ],
    share: 6,
  },
  welding: {
    key: 'welding',
    category: 'Manufacturing',
    titles: ['MIG welder', 'TIG welder', 'Welder/fabricator', 'Structural welder'],
    skills: [
      'MIG welding',
      'TIG welding',
      'Stick welding',
      'Blueprint reading',
      'Fabrication',
      'Plasma cutting',
    ],
    pay: [24, 32],
    salary: [52_000, 68_000],
    jobTypes: [
      ['temp', 3],
      ['temp_to_hire', 4],
      ['direct_hire', 2],
    ],
    shifts: dayShifts,
    certificates: [
      { name: 'AWS D1.1 structural steel certification', issuer: 'American Welding Society', years: null },
    ],
    test: { name: 'Weld test (3G plate)', maxScore: 100, passMark: 70 },
    interviewsInDepth: true,
    pastEmployers: [
      'Iron Harbor Fabrication',
      'Bay Steel Erectors',
      'Keystone Metal Works',
      'Quabbin Trailer Co.',
    ],
    duties: [
      'MIG and flux-core welding of structural steel to AWS D1.1',
      'TIG on stainless and aluminum for food-grade equipment',
      'Read fabrication drawings, fit-up and tack, plasma cutting',
    ],
    share: 5,
  },
  maintenance: {
    key: 'maintenance',
    category: 'Facilities',
    titles: ['Maintenance technician', 'Facilities technician', 'Building maintenance worker'],
    skills: [
      'Electrical troubleshooting',
      'Plumbing',
      'HVAC',
      'Preventive maintenance',
      'PLC basics',
      'Carpentry',
    ],
    pay: [24, 33],
    salary: [55_000, 75_000],
    jobTypes: [
      ['temp', 2],
      ['temp_to_hire', 3],
      ['direct_hire', 4],
    ],
    shifts: dayShifts,
    certificates: [{ name: 'EPA Section 608 Universal', issuer: 'US EPA', years: null }],
    test: null,
    interviewsInDepth: true,
    pastEmployers: ['Commonwealth Property Services', 'Tri-Town Facilities', 'Summit Plastics'],
    duties: [
      'Preventive maintenance on packaging and conveyor equipment',
      'Troubleshot motors, VFDs and 480V three-phase circuits',
      'Work orders in a CMMS; HVAC filter and belt changes',
    ],
    share: 3,
  },
  laborer: {
    key: 'laborer',
    category: 'Construction',
    titles: ['General laborer', 'Construction laborer', 'Demolition laborer', 'Site cleanup crew'],
    skills: ['Power tools', 'Demolition', 'Site cleanup', 'Material handling', 'Concrete work'],
    pay: [19, 24],
    salary: [42_000, 50_000],
    jobTypes: [
      ['temp', 9],
      ['temp_to_hire', 1],
    ],
    shifts: [['day', 1]],
    certificates: [{ name: 'OSHA 10-Hour Construction', issuer: 'OSHA Outreach Training', years: null }],
    test: null,
    interviewsInDepth: false,
    pastEmployers: ['Shawmut Site Services', 'Cornerstone Builders', 'Liberty Demolition'],
    duties: ['Site cleanup, material staging and debris removal', 'Interior demolition and framing support'],
    share: 3,
  },
  driver: {
    key: 'driver',
    category: 'Transportation',
    titles: ['Delivery driver (box truck)', 'CDL-A driver', 'Route driver', 'Driver/helper'],
    skills: ['CDL Class A', 'CDL Class B', 'Route delivery', 'DOT logs', 'Clean driving record', 'Liftgate'],
    pay: [22, 31],
    salary: [58_000, 76_000],
    jobTypes: [
      ['temp', 5],
      ['temp_to_hire', 3],
      ['direct_hire', 2],
    ],
    shifts: [
      ['day', 4],
      ['night', 1],
    ],
    certificates: [{ name: 'Commercial driver licence, Class A', issuer: 'Massachusetts RMV', years: 5 }],
    test: null,
    interviewsInDepth: false,
    pastEmployers: ['Swift Route Couriers', 'Bay State Moving & Storage', 'Harbor Linen Supply'],
    duties: [
      '30–40 stops a day on a Greater Boston route; liftgate deliveries',
      'Pre-trip inspections and ELD logs',
    ],
    share: 4,
  },
  admin: {
    key: 'admin',
    category: 'Office',
    titles: ['Administrative assistant', 'Receptionist', 'Data entry clerk', 'Office coordinator'],
    skills: ['Microsoft Office', 'Excel', 'Data entry', 'Scheduling', 'Reception', 'Typing 60 wpm'],
    pay: [20, 26.5],
    salary: [44_000, 56_000],
    jobTypes: [
      ['temp', 5],
      ['temp_to_hire', 3],
      ['direct_hire', 2],
    ],
    shifts: officeHours,
    certificates: [{ name: 'Microsoft Office Specialist: Excel', issuer: 'Microsoft', years: null }],
    test: { name: 'Typing and Excel test', maxScore: 100, passMark: 65 },
    interviewsInDepth: false,
    pastEmployers: [
      'Beacon Realty Group',
      'Whitman Insurance Agency',
      'Lakeview Public Schools',
      'Cityside Law Offices',
    ],
    duties: [
      'Answered a 6-line phone system and greeted visitors',
      'Kept calendars and booked travel for three managers',
      'Entered invoices and purchase orders; filing and scanning',
    ],
    share: 10,
  },
  customer_service: {
    key: 'customer_service',
    category: 'Customer service',
    titles: [
      'Customer service representative',
      'Call center agent',
      'Bilingual customer service rep',
      'Order entry specialist',
    ],
    skills: [
      'Customer service',
      'Call center',
      'Salesforce',
      'Zendesk',
      'Spanish',
      'Portuguese',
      'Order entry',
    ],
    pay: [19, 23.5],
    salary: [40_000, 48_000],
    jobTypes: [
      ['temp', 4],
      ['temp_to_hire', 4],
      ['direct_hire', 1.5],
    ],
    shifts: [
      ['day', 4],
      ['evening', 1],
    ],
    certificates: [],
    test: { name: 'Customer service assessment', maxScore: 100, passMark: 70 },
    interviewsInDepth: false,
    pastEmployers: ['Comcall Solutions', 'North Star Wireless', 'Liberty Home Insurance', 'Bright Energy'],
    duties: [
      'Handled 60–80 inbound calls a day about billing and orders',
      'Logged cases in Salesforce; met first-call resolution targets',
    ],
    share: 10,
  },
  accounting: {
    key: 'accounting',
    category: 'Accounting',
    titles: [
      'Accounts payable clerk',
      'Accounts receivable specialist',
      'Staff accountant',
      'Bookkeeper',
      'Payroll specialist',
    ],
    skills: [
      'QuickBooks',
      'Accounts payable',
      'Accounts receivable',
      'Excel',
      'Payroll',
      'Account reconciliation',
      'SAP',
    ],
    pay: [24, 37],
    salary: [55_000, 82_000],
    jobTypes: [
      ['temp', 3],
      ['temp_to_hire', 2.5],
      ['direct_hire', 4],
    ],
    shifts: officeHours,
    certificates: [{ name: 'QuickBooks Online ProAdvisor', issuer: 'Intuit', years: null }],
    test: { name: 'Accounting skills assessment', maxScore: 100, passMark: 70 },
    interviewsInDepth: true,
    pastEmployers: [
      'Kessler & Lowe CPAs',
      'Atlantic Mutual Credit Union',
      'Coastal Property Management',
      'Regent Hotels Group',
    ],
    duties: [
      'Full-cycle AP for 400 vendors; three-way match and weekly check runs',
      'Month-end reconciliations and accruals in QuickBooks',
      'Bi-weekly payroll for 120 employees in ADP',
    ],
    share: 6,
  },
  medical: {
    key: 'medical',
    category: 'Healthcare',
    titles: [
      'Medical assistant',
      'Patient service representative',
      'Phlebotomist',
      'Medical receptionist',
      'CNA',
    ],
    skills: [
      'Vital signs',
      'EHR (Epic)',
      'Phlebotomy',
      'Medical terminology',
      'Patient scheduling',
      'Insurance verification',
    ],
    pay: [20, 25.5],
    salary: [43_000, 52_000],
    jobTypes: [
      ['temp', 3],
      ['temp_to_hire', 3],
      ['direct_hire', 4],
    ],
    shifts: officeHours,
    certificates: [
      { name: 'Certified Medical Assistant (CMA)', issuer: 'AAMA', years: 5 },
      { name: 'BLS Provider', issuer: 'American Heart Association', years: 2 },
      { name: 'Certified Phlebotomy Technician', issuer: 'NHA', years: 2 },
    ],
    test: { name: 'Medical terminology test', maxScore: 100, passMark: 75 },
    interviewsInDepth: true,
    pastEmployers: [
      'Riverside Family Practice',
      'Northgate Pediatrics',
      'Hillcrest Nursing & Rehab',
      'MetroWest Urgent Care',
    ],
    duties: [
      'Roomed 25+ patients a day, vitals and histories in Epic',
      'Venipuncture and specimen processing',
      'Front desk check-in, insurance verification and referrals',
    ],
    share: 8,
  },
  hospitality: {
    key: 'hospitality',
    category: 'Hospitality',
    titles: ['Line cook', 'Banquet server', 'Dishwasher', 'Housekeeper', 'Prep cook'],
    skills: ['Food prep', 'Line cooking', 'Banquet service', 'Housekeeping', 'Food safety'],
    pay: [17, 21.5],
    salary: [38_000, 45_000],
    jobTypes: [
      ['temp', 9],
      ['temp_to_hire', 1],
    ],
    shifts: [
      ['evening', 3],
      ['weekend', 2],
      ['day', 2],
    ],
    certificates: [{ name: 'ServSafe Food Handler', issuer: 'National Restaurant Association', years: 3 }],
    test: null,
    interviewsInDepth: false,
    pastEmployers: ['Seaport Grand Hotel', 'Harborside Grille', 'Copley Catering Co.', 'Bluefin Bistro'],
    duties: [
      'Prep and line cooking for 200-cover dinners',
      'Banquet setup and service for weddings and conferences',
    ],
    share: 4,
  },
};

export const tradeKeys = Object.keys(trades) as TradeKey[];

/**
 * Unskilled work a desk staffs from one pool: a warehouse temp can pack on a production line or clear a site, an
 * office temp can answer phones or do data entry. Skilled trades (machining, welding, driving, care, accounting) are
 * staffed only with people of that trade.
 */
const families: readonly (readonly TradeKey[])[] = [
  ['warehouse', 'forklift', 'production', 'laborer', 'hospitality'],
  ['admin', 'customer_service'],
];

/** Whether someone of one trade can be put forward for work of another. */
export const canCover = (theirs: TradeKey, needed: TradeKey) =>
  theirs === needed ||
  families.some((f) => f.includes(theirs) && f.includes(needed) && needed !== 'forklift');
