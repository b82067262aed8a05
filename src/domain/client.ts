/** @module Client companies (employers). */

export const clientStatuses = ['prospect', 'active', 'inactive'] as const;
export type ClientStatus = (typeof clientStatuses)[number];
export const clientStatusLabels: Record<ClientStatus, string> = {
  prospect: 'Prospect',
  active: 'Active',
  inactive: 'Inactive',
};

export const industries = [
  'manufacturing',
  'logistics',
  'healthcare',
  'office',
  'hospitality',
  'construction',
  'retail',
  'technology',
  'finance',
  'education',
  'other',
] as const;
export type Industry = (typeof industries)[number];
