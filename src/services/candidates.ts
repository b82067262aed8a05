/** @module Candidate use cases: register, read, list, change; employment history; the candidate's pipeline. */
import type {
  CandidateDetail,
  CandidateSummary,
  CreateCandidateInput,
  CreateEmploymentInput,
  EmploymentEntry,
  ListCandidatesQueryInput,
  UpdateCandidateInput,
  UpdateEmploymentInput,
} from '../contract/candidates.ts';
import { orderFor, type Page } from '../contract/common.ts';
import type { CandidatePipeline } from '../contract/pipeline.ts';
import { normalizeEmail } from '../domain/contact-points.ts';
import { DomainError, forbidden, invalidField } from '../domain/errors.ts';
import { type Actor, canEditCandidate, canRead } from '../domain/roles.ts';
import {
  type CandidateSort,
  findCandidate,
  insertCandidate,
  listCandidates as listCandidateRows,
  type NewCandidate,
  updateCandidate as updateCandidateRow,
} from '../store/candidates.ts';
import { guarded } from '../store/db-errors.ts';
import {
  deleteEmployment,
  employmentHistoryOf,
  findEmployment,
  insertEmployment,
  updateEmployment as updateEmploymentRow,
} from '../store/employment.ts';
import { assessmentsOfCandidate, interviewsOfCandidate } from '../store/interviews.ts';
import { placementsOf } from '../store/placements.ts';
import { findByTerm } from '../store/search.ts';
import { submissionsOfCandidate } from '../store/submissions.ts';
import { assertUpdated, assertVersion, type Db, found, type ServiceContext, todayOf } from './context.ts';
import { resolveOwnership } from './ownership.ts';
import { presentCandidate, presentCandidateSummary, presentEmployment } from './presenters/candidates.ts';
import {
  presentAssessment,
  presentInterview,
  presentPlacement,
  presentSubmission,
} from './presenters/pipeline.ts';
import { indexCandidate } from './search-index.ts';
import { byUser, recordTouchpoint } from './touchpoints.ts';

const RECRUITING_ROLES = ['recruiter', 'branch_manager', 'admin'] as const;

/** Refuses an email address that already belongs to another candidate: one person, one record. */
async function assertEmailsFree(db: Db, firmId: string, emails: { address: string }[], self: string | null) {
  for (const [i, e] of emails.entries()) {
    const owners = (await findByTerm(db, firmId, 'candidate', 'email', normalizeEmail(e.address))).filter(
      (id) => id !== self,
    );
    if (owners.length > 0) {
      const other = await findCandidate(db, firmId, owners[0]!);
      throw new DomainError(
        'conflict_duplicate',
        `${e.address} is already registered to ${other ? `${other.firstName} ${other.lastName}` : 'another candidate'}`,
        [{ path: `emails.${i}.address`, message: 'Already registered to another candidate' }],
      );
    }
  }
  const seen = new Set<string>();
  for (const [i, e] of emails.entries()) {
    const key = normalizeEmail(e.address);
    if (seen.has(key)) throw invalidField(`emails.${i}.address`, 'Listed twice');
    seen.add(key);
  }
}

async function readCandidate(db: Db, actor: Actor, id: string): Promise<CandidateDetail> {
  const candidate = found(await findCandidate(db, actor.firmId, id), 'Candidate');
  if (!canRead(actor, candidate)) throw forbidden();
  return presentCandidate(candidate, actor);
}

/** Registers a candidate and appends the journey's first touchpoints (heard of us, if known; registered). */
export async function createCandidate(
  ctx: ServiceContext,
  actor: Actor,
  input: CreateCandidateInput,
): Promise<CandidateDetail> {
  if (!canEditCandidate(actor, { firmId: actor.firmId, branchId: input.branchId ?? actor.branchId })) {
    throw forbidden('Your role cannot register candidates');
  }
  const now = ctx.clock.now();
  if (input.firstHeardOn && input.firstHeardOn >= todayOf(ctx)) {
    throw invalidField('firstHeardOn', 'Must be before today');
  }
  const id = await ctx.store.transaction((tx) =>
    guarded(async () => {
      const emails = input.emails ?? [];
      await assertEmailsFree(tx, actor.firmId, emails, null);
      const { ownerId, branchId } = await resolveOwnership(tx, actor, input, null, RECRUITING_ROLES);
      const row = await insertCandidate(tx, {
        createdAt: ctx.clock.now(),
        updatedAt: ctx.clock.now(),
        firmId: actor.firmId,
        branchId,
        ownerId,
        firstName: input.firstName,
        lastName: input.lastName,
        headline: input.headline ?? null,
        emails: emails.map((e) => ({ address: e.address, label: e.label })),
        phones: (input.phones ?? []).map((p) => ({ number: p.number, label: p.label })),
        addressLine: input.addressLine ?? null,
        city: input.city ?? null,
        region: input.region ?? null,
        postcode: input.postcode ?? null,
        skills: (input.skills ?? []).map((s) => ({
          name: s.name,
          years: s.years ?? null,
          level: s.level ?? null,
        })),
        education: (input.education ?? []).map((e) => ({
          ...e,
          field: e.field ?? null,
          fromDate: e.fromDate ?? null,
          toDate: e.toDate ?? null,
        })),
        certifications: (input.certifications ?? []).map((c) => ({
          ...c,
          issuer: c.issuer ?? null,
          issuedOn: c.issuedOn ?? null,
          expiresOn: c.expiresOn ?? null,
        })),
        desiredJobTypes: input.desiredJobTypes ?? [],
        desiredPay: input.desiredPay ?? null,
        desiredPayUnit: input.desiredPayUnit ?? null,
        availableFrom: input.availableFrom ?? null,
        source: input.source ?? null,
        sourceDetail: input.sourceDetail ?? null,
        jobCategory: input.jobCategory ?? null,
        resumeText: input.resumeText ?? null,
        status: 'new',
        createdBy: actor.userId,
      });
      await indexCandidate(tx, row);
      const subject = { type: 'candidate' as const, candidateId: row.id };
      if (input.firstHeardOn) {
        await recordTouchpoint(tx, {
          firmId: actor.firmId,
          subject,
          activity: 'heard_of_us',
          channel: 'system',
          actor: byUser(actor),
          occurredAt: new Date(`${input.firstHeardOn}T00:00:00Z`),
          summary: input.sourceDetail ?? input.source ?? null,
          meta: { source: input.source ?? null },
        });
      }
      await recordTouchpoint(tx, {
        firmId: actor.firmId,
        subject,
        activity: 'registered',
        channel: 'system',
        actor: byUser(actor),
        occurredAt: now,
        summary: 'Registered by staff',
      });
      return row.id;
    }),
  );
  return readCandidate(ctx.store.db, actor, id);
}

export const getCandidate = (ctx: ServiceContext, actor: Actor, id: string) =>
  readCandidate(ctx.store.db, actor, id);

export async function listCandidates(
  ctx: ServiceContext,
  actor: Actor,
  q: ListCandidatesQueryInput,
): Promise<Page<CandidateSummary>> {
  const { rows, total } = await listCandidateRows(
    ctx.store.db,
    actor.firmId,
    q,
    q.sort as CandidateSort,
    orderFor(q.sort, q.order),
    q.page,
    q.pageSize,
  );
  return { items: rows.map(presentCandidateSummary), total, page: q.page, pageSize: q.pageSize };
}

/** Statuses a person sets; `on_assignment` follows from placements and is never typed in. */
const MANUAL_STATUSES = new Set(['new', 'active', 'inactive', 'do_not_place']);

export async function updateCandidate(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: UpdateCandidateInput,
): Promise<CandidateDetail> {
  await ctx.store.transaction((tx) =>
    guarded(async () => {
      const current = found(await findCandidate(tx, actor.firmId, id), 'Candidate');
      if (!canEditCandidate(actor, current)) throw forbidden('You cannot change this candidate');
      assertVersion(current, input.version, 'Candidate');
      if (input.status && input.status !== current.status && !MANUAL_STATUSES.has(input.status)) {
        throw invalidField('status', 'On assignment follows from a placement; place the candidate instead');
      }
      if (input.emails) await assertEmailsFree(tx, actor.firmId, input.emails, id);
      const ownership = await resolveOwnership(tx, actor, input, current, RECRUITING_ROLES);
      const { version, ...fields } = input;
      const patch: Partial<NewCandidate> = { ownerId: ownership.ownerId, branchId: ownership.branchId };
      for (const [key, value] of Object.entries(fields)) {
        if (value !== undefined && key !== 'ownerId' && key !== 'branchId') {
          (patch as Record<string, unknown>)[key] = value;
        }
      }
      if (input.skills)
        patch.skills = input.skills.map((s) => ({
          name: s.name,
          years: s.years ?? null,
          level: s.level ?? null,
        }));
      if (input.education) {
        patch.education = input.education.map((e) => ({
          ...e,
          field: e.field ?? null,
          fromDate: e.fromDate ?? null,
          toDate: e.toDate ?? null,
        }));
      }
      if (input.certifications) {
        patch.certifications = input.certifications.map((c) => ({
          ...c,
          issuer: c.issuer ?? null,
          issuedOn: c.issuedOn ?? null,
          expiresOn: c.expiresOn ?? null,
        }));
      }
      assertUpdated(
        await updateCandidateRow(tx, actor.firmId, id, version, patch, ctx.clock.now()),
        'Candidate',
      );
      const updated = found(await findCandidate(tx, actor.firmId, id), 'Candidate');
      await indexCandidate(tx, updated);
    }),
  );
  return readCandidate(ctx.store.db, actor, id);
}

// Employment history

async function historyOf(db: Db, firmId: string, candidateId: string) {
  return { items: (await employmentHistoryOf(db, firmId, candidateId)).map(presentEmployment) };
}

export async function getEmploymentHistory(
  ctx: ServiceContext,
  actor: Actor,
  candidateId: string,
): Promise<{ items: EmploymentEntry[] }> {
  const candidate = found(await findCandidate(ctx.store.db, actor.firmId, candidateId), 'Candidate');
  if (!canRead(actor, candidate)) throw forbidden();
  return historyOf(ctx.store.db, actor.firmId, candidateId);
}

function assertDateOrder(start: string | null | undefined, end: string | null | undefined) {
  if (start && end && end < start) throw invalidField('endDate', 'Must be on or after the start date');
}

/** Runs an employment change for a candidate the actor may edit, then re-indexes their employers. */
async function changeEmployment(
  ctx: ServiceContext,
  actor: Actor,
  candidateId: string,
  change: (db: Db) => Promise<void>,
) {
  await ctx.store.transaction(async (tx) => {
    const candidate = found(await findCandidate(tx, actor.firmId, candidateId), 'Candidate');
    if (!canEditCandidate(actor, candidate)) throw forbidden('You cannot change this candidate');
    await change(tx);
    await indexCandidate(tx, candidate);
  });
  return historyOf(ctx.store.db, actor.firmId, candidateId);
}

export function addEmployment(
  ctx: ServiceContext,
  actor: Actor,
  candidateId: string,
  input: CreateEmploymentInput,
) {
  assertDateOrder(input.startDate, input.endDate);
  return changeEmployment(ctx, actor, candidateId, async (tx) => {
    await insertEmployment(tx, {
      createdAt: ctx.clock.now(),
      updatedAt: ctx.clock.now(),
      firmId: actor.firmId,
      candidateId,
      employer: input.employer,
      title: input.title,
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      duties: input.duties ?? null,
      payRate: input.payRate ?? null,
      payUnit: input.payUnit ?? null,
      reasonForLeaving: input.reasonForLeaving ?? null,
    });
  });
}

export function updateEmployment(
  ctx: ServiceContext,
  actor: Actor,
  candidateId: string,
  entryId: string,
  input: UpdateEmploymentInput,
) {
  return changeEmployment(ctx, actor, candidateId, async (tx) => {
    const entry = found(
      await findEmployment(tx, actor.firmId, candidateId, entryId),
      'Employment history entry',
    );
    assertVersion(entry, input.version, 'Employment history entry');
    const { version, ...fields } = input;
    assertDateOrder(
      fields.startDate === undefined ? entry.startDate : fields.startDate,
      fields.endDate === undefined ? entry.endDate : fields.endDate,
    );
    const patch = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    assertUpdated(
      await updateEmploymentRow(tx, actor.firmId, entryId, version, patch, ctx.clock.now()),
      'Employment history entry',
    );
  });
}

/** Removes a typed-in line; the firm's own placements are history of record and cannot be removed here. */
export function removeEmployment(ctx: ServiceContext, actor: Actor, candidateId: string, entryId: string) {
  return changeEmployment(ctx, actor, candidateId, async (tx) => {
    found(await findEmployment(tx, actor.firmId, candidateId, entryId), 'Employment history entry');
    await deleteEmployment(tx, actor.firmId, entryId);
  });
}

export async function getCandidatePipeline(
  ctx: ServiceContext,
  actor: Actor,
  candidateId: string,
): Promise<CandidatePipeline> {
  const db = ctx.store.db;
  const candidate = found(await findCandidate(db, actor.firmId, candidateId), 'Candidate');
  if (!canRead(actor, candidate)) throw forbidden();
  const [subs, ints, tests, places] = [
    await submissionsOfCandidate(db, actor.firmId, candidateId),
    await interviewsOfCandidate(db, actor.firmId, candidateId),
    await assessmentsOfCandidate(db, actor.firmId, candidateId),
    await placementsOf(db, actor.firmId, { candidateId }),
  ];
  return {
    submissions: subs.map(presentSubmission),
    interviews: ints.map(presentInterview),
    assessments: tests.map(presentAssessment),
    placements: places.map(presentPlacement),
  };
}
