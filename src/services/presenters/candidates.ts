/** @module Candidates as the API shows them. */
import type { CandidateDetail, CandidateSummary, EmploymentEntry } from '../../contract/candidates.ts';
import type {
  CandidateStatus,
  JobCategory,
  JobType,
  PayUnit,
  SkillLevel,
  Source,
} from '../../domain/candidate.ts';
import { type Actor, canEditCandidate, canReassign } from '../../domain/roles.ts';
import type { CandidateView } from '../../store/candidates.ts';
import type { HistoryLine } from '../../store/employment.ts';
import { iso, refOrNull } from './common.ts';

export function presentCandidateSummary(c: CandidateView): CandidateSummary {
  return {
    id: c.id,
    firstName: c.firstName,
    lastName: c.lastName,
    headline: c.headline,
    email: c.emails[0]?.address ?? null,
    phone: c.phones[0]?.number ?? null,
    city: c.city,
    status: c.status as CandidateStatus,
    skills: c.skills.slice(0, 6).map((s) => s.name),
    owner: refOrNull(c.ownerId, c.ownerName),
    branch: { id: c.branchId, name: c.branchName },
    availableFrom: c.availableFrom,
    updatedAt: iso(c.updatedAt),
  };
}

export function presentCandidate(c: CandidateView, actor: Actor): CandidateDetail {
  return {
    id: c.id,
    version: c.version,
    firstName: c.firstName,
    lastName: c.lastName,
    headline: c.headline,
    emails: c.emails.map((e) => ({ address: e.address, label: e.label })),
    phones: c.phones.map((p) => ({ number: p.number, label: p.label })),
    addressLine: c.addressLine,
    city: c.city,
    region: c.region,
    postcode: c.postcode,
    skills: c.skills.map((s) => ({ name: s.name, years: s.years, level: s.level as SkillLevel | null })),
    education: c.education.map((e) => ({
      institution: e.institution,
      qualification: e.qualification,
      field: e.field,
      fromDate: e.fromDate,
      toDate: e.toDate,
    })),
    certifications: c.certifications.map((e) => ({
      name: e.name,
      issuer: e.issuer,
      issuedOn: e.issuedOn,
      expiresOn: e.expiresOn,
    })),
    desiredJobTypes: c.desiredJobTypes as JobType[],
    desiredPay: c.desiredPay,
    desiredPayUnit: c.desiredPayUnit as PayUnit | null,
    availableFrom: c.availableFrom,
    source: c.source as Source | null,
    sourceDetail: c.sourceDetail,
    jobCategory: c.jobCategory as JobCategory | null,
    status: c.status as CandidateStatus,
    resumeText: c.resumeText,
    owner: refOrNull(c.ownerId, c.ownerName),
    branch: { id: c.branchId, name: c.branchName },
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
    permissions: { edit: canEditCandidate(actor, c), reassign: canReassign(actor, c) },
  };
}

export function presentEmployment(line: HistoryLine): EmploymentEntry {
  return {
    id: line.id,
    origin: line.origin,
    version: line.version,
    employer: line.employer,
    clientId: line.clientId,
    title: line.title,
    startDate: line.startDate,
    endDate: line.endDate,
    current: line.current,
    duties: line.duties,
    payRate: line.payRate,
    payUnit: line.payUnit as PayUnit | null,
    reasonForLeaving: line.reasonForLeaving,
  };
}
