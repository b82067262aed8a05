/** @module Where the demo firm's people and clients are: Massachusetts towns around its two branches. */
import type { Random } from './random.ts';

export type BranchKey = 'boston' | 'worcester';

export interface Town {
  city: string;
  postcode: string;
  branch: BranchKey;
  /** How many of the firm's people live or work here, relatively. */
  weight: number;
}

export const towns: readonly Town[] = [
  { city: 'Boston', postcode: '02118', branch: 'boston', weight: 8 },
  { city: 'Dorchester', postcode: '02124', branch: 'boston', weight: 5 },
  { city: 'Roxbury', postcode: '02119', branch: 'boston', weight: 3 },
  { city: 'East Boston', postcode: '02128', branch: 'boston', weight: 3 },
  { city: 'Cambridge', postcode: '02139', branch: 'boston', weight: 3 },
  { city: 'Somerville', postcode: '02143', branch: 'boston', weight: 3 },
  { city: 'Chelsea', postcode: '02150', branch: 'boston', weight: 3 },
  { city: 'Everett', postcode: '02149', branch: 'boston', weight: 3 },
  { city: 'Revere', postcode: '02151', branch: 'boston', weight: 3 },
  { city: 'Malden', postcode: '02148', branch: 'boston', weight: 3 },
  { city: 'Medford', postcode: '02155', branch: 'boston', weight: 2 },
  { city: 'Quincy', postcode: '02169', branch: 'boston', weight: 4 },
  { city: 'Braintree', postcode: '02184', branch: 'boston', weight: 2 },
  { city: 'Brockton', postcode: '02301', branch: 'boston', weight: 4 },
  { city: 'Lynn', postcode: '01902', branch: 'boston', weight: 3 },
  { city: 'Waltham', postcode: '02453', branch: 'boston', weight: 2 },
  { city: 'Norwood', postcode: '02062', branch: 'boston', weight: 2 },
  { city: 'Canton', postcode: '02021', branch: 'boston', weight: 1 },
  { city: 'Woburn', postcode: '01801', branch: 'boston', weight: 2 },
  { city: 'Worcester', postcode: '01604', branch: 'worcester', weight: 9 },
  { city: 'Shrewsbury', postcode: '01545', branch: 'worcester', weight: 2 },
  { city: 'Auburn', postcode: '01501', branch: 'worcester', weight: 2 },
  { city: 'Millbury', postcode: '01527', branch: 'worcester', weight: 1 },
  { city: 'Grafton', postcode: '01519', branch: 'worcester', weight: 1 },
  { city: 'Westborough', postcode: '01581', branch: 'worcester', weight: 2 },
  { city: 'Marlborough', postcode: '01752', branch: 'worcester', weight: 3 },
  { city: 'Framingham', postcode: '01702', branch: 'worcester', weight: 3 },
  { city: 'Leominster', postcode: '01453', branch: 'worcester', weight: 2 },
  { city: 'Fitchburg', postcode: '01420', branch: 'worcester', weight: 2 },
  { city: 'Southbridge', postcode: '01550', branch: 'worcester', weight: 1 },
  { city: 'Webster', postcode: '01570', branch: 'worcester', weight: 1 },
  { city: 'Milford', postcode: '01757', branch: 'worcester', weight: 2 },
  { city: 'Clinton', postcode: '01510', branch: 'worcester', weight: 1 },
  { city: 'Holden', postcode: '01520', branch: 'worcester', weight: 1 },
];

const streets = [
  'Main St',
  'Washington St',
  'Elm St',
  'Pleasant St',
  'Maple Ave',
  'Highland Ave',
  'Summer St',
  'Chestnut St',
  'Water St',
  'Union St',
  'School St',
  'Prospect St',
  'Lincoln St',
  'Green St',
  'Park Ave',
  'Central St',
  'Pine St',
  'Grove St',
  'Franklin St',
  'Hancock St',
  'Adams St',
  'Beacon St',
  'Cedar St',
  'Spring St',
  'Winter St',
  'Oak St',
  'Mill St',
  'Church St',
  'Broadway',
  'Shrewsbury St',
];

const industrialStreets = [
  'Industrial Dr',
  'Commerce Way',
  'Technology Dr',
  'Research Dr',
  'Distribution Center Dr',
  'Enterprise Dr',
  'Forbes Rd',
  'Route 20',
  'Progress Ave',
  'Mill St',
  'Park Dr',
  'Commercial St',
];

/** A town near one of the branches (or anywhere), as many people are in each. */
export function pickTown(random: Random, branch?: BranchKey): Town {
  const pool = branch ? towns.filter((t) => t.branch === branch) : towns;
  return random.weighted(pool.map((t) => [t, t.weight] as const));
}

export function homeAddress(random: Random): string {
  const line = `${random.int(3, 480)} ${random.pick(streets)}`;
  return random.chance(0.3) ? `${line}, Apt ${random.int(1, 4)}${random.pick(['', 'A', 'B', 'R'])}` : line;
}

export function businessAddress(random: Random): string {
  return `${random.int(1, 60) * 10} ${random.pick(industrialStreets)}`;
}
