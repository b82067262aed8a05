/** @module Candidates (job seekers): statuses, job types, skill levels and where they heard of the firm. */

export const candidateStatuses = ['new', 'active', 'on_assignment', 'inactive', 'do_not_place'] as const;
export type CandidateStatus = (typeof candidateStatuses)[number];

export const candidateStatusLabels: Record<CandidateStatus, string> = {
  new: 'New',
  active: 'Active',
  on_assignment: 'On assignment',
  inactive: 'Inactive',
  do_not_place: 'Do not place',
};

export const jobTypes = ['temp', 'temp_to_hire', 'direct_hire'] as const;
export type JobType = (typeof jobTypes)[number];
export const jobTypeLabels: Record<JobType, string> = {
  temp: 'Temporary',
  temp_to_hire: 'Temp to hire',
  direct_hire: 'Direct hire',
};

export const skillLevels = ['beginner', 'intermediate', 'advanced', 'expert'] as const;
export type SkillLevel = (typeof skillLevels)[number];

/** "How did you hear about us": the source of awareness, a journey segment. */
export const sources = [
  'job_board',
  'referral',
  'walk_in',
  'website',
  'social_media',
  'job_fair',
  'returning',
  'cold_outreach',
  'other',
] as const;
export type Source = (typeof sources)[number];
export const sourceLabels: Record<Source, string> = {
  job_board: 'Job board',
  referral: 'Referral',
  walk_in: 'Walk-in',
  website: 'Our website',
  social_media: 'Social media',
  job_fair: 'Job fair',
  returning: 'Returning',
  cold_outreach: 'Our outreach',
  other: 'Other',
};

/** The kind of work a candidate is for: a journey segment (as a client's industry is). */
export const jobCategories = [
  'warehouse',
  'manufacturing',
  'construction',
  'transportation',
  'facilities',
  'office',
  'accounting',
  'customer_service',
  'healthcare',
  'hospitality',
  'retail',
  'technology',
  'other',
] as const;
export type JobCategory = (typeof jobCategories)[number];
export const jobCategoryLabels: Record<JobCategory, string> = {
  warehouse: 'Warehouse',
  manufacturing: 'Manufacturing',
  construction: 'Construction',
  transportation: 'Transportation',
  facilities: 'Facilities',
  office: 'Office',
  accounting: 'Accounting',
  customer_service: 'Customer service',
  healthcare: 'Healthcare',
  hospitality: 'Hospitality',
  retail: 'Retail',
  technology: 'Technology',
  other: 'Other',
};

export const payUnits = ['hour', 'day', 'week', 'year'] as const;
export type PayUnit = (typeof payUnits)[number];

/** A person's display name. */
export const fullName = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`.trim();
