/** @module What the candidate form starts from: an empty registration, or a candidate as the API returned them. */
import type { z } from 'zod';
import type {
  CandidateDetail,
  createCandidateRequest,
  updateCandidateRequest,
} from '../../../contract/index.ts';
import type { CandidateStatus } from '../../../domain/candidate.ts';
import { blankWhenEmpty } from '../../forms/drop-blank-rows.ts';

/**
 * One value shape for both forms: the create fields plus what only an edit has (version, status). Which schema
 * validates depends on the mode.
 */
export type CandidateFormValues = z.input<typeof createCandidateRequest> & {
  version?: number;
  status?: CandidateStatus;
};
export type CandidateFormOutput = z.output<typeof createCandidateRequest> &
  Pick<z.output<typeof updateCandidateRequest>, 'status'> & { version?: number };

/** Spare rows left empty are not sent (see withBlankRowsDropped). */
export const candidateBlankRows = {
  emails: blankWhenEmpty('address'),
  phones: blankWhenEmpty('number'),
  skills: blankWhenEmpty('name', 'years', 'level'),
  education: blankWhenEmpty('institution', 'qualification', 'field', 'fromDate', 'toDate'),
  certifications: blankWhenEmpty('name', 'issuer', 'issuedOn', 'expiresOn'),
};

/** A new candidate: one empty email, phone and skill row ready to type in. */
export const emptyCandidate = (): CandidateFormValues => ({
  firstName: '',
  lastName: '',
  headline: '',
  emails: [{ address: '', label: 'work' }],
  phones: [{ number: '', label: 'mobile' }],
  addressLine: '',
  city: '',
  region: '',
  postcode: '',
  skills: [{ name: '', years: null, level: null }],
  education: [],
  certifications: [],
  desiredJobTypes: [],
  desiredPay: null,
  desiredPayUnit: null,
  availableFrom: null,
  source: null,
  sourceDetail: '',
  resumeText: '',
  ownerId: undefined,
  branchId: undefined,
});

/** An existing candidate as form values; only fields the update schema takes, so nothing unknown is sent. */
export const candidateToForm = (c: CandidateDetail, withOwner: boolean): CandidateFormValues => ({
  version: c.version,
  status: c.status,
  firstName: c.firstName,
  lastName: c.lastName,
  headline: c.headline ?? '',
  emails: c.emails,
  phones: c.phones,
  addressLine: c.addressLine ?? '',
  city: c.city ?? '',
  region: c.region ?? '',
  postcode: c.postcode ?? '',
  skills: c.skills,
  education: c.education.map((e) => ({ ...e, field: e.field ?? '' })),
  certifications: c.certifications.map((e) => ({ ...e, issuer: e.issuer ?? '' })),
  desiredJobTypes: c.desiredJobTypes,
  desiredPay: c.desiredPay,
  desiredPayUnit: c.desiredPayUnit,
  availableFrom: c.availableFrom,
  source: c.source,
  sourceDetail: c.sourceDetail ?? '',
  resumeText: c.resumeText ?? '',
  ...(withOwner ? { ownerId: c.owner?.id ?? undefined, branchId: c.branch.id } : {}),
});
