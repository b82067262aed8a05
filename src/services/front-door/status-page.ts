/**
 * @module A candidate's own status page, opened by the private link from their mail: where each application stands
 * in plain words, what happens next, what they can do (update their availability, add a document, withdraw), and
 * the resources the firm chose for that stage. The link is the only key: it expires, and a new one is sent to the
 * address on file when asked (the answer is the same whether or not the address is known).
 */
import { normalizeEmail } from '../../domain/contact-points.ts';
import { DomainError } from '../../domain/errors.ts';
import { isSubmissionLive, type SubmissionStatus } from '../../domain/submission.ts';
import { findCandidate, updateCandidate } from '../../store/candidates.ts';
import { guarded } from '../../store/db-errors.ts';
import { findFirm } from '../../store/firms.ts';
import { findAccessLink, stageResourcesOf, touchAccessLink } from '../../store/front-door.ts';
import { findByTerm } from '../../store/search.ts';
import { submissionsOfCandidate, updateSubmission } from '../../store/submissions.ts';
import { assertUpdated, type ServiceContext } from '../context.ts';
import { hashToken } from '../messaging/delivery.ts';
import { queueConfirmation } from '../messaging/outbox.ts';
import type { PublicFirm } from '../public/firm.ts';
import { recordTouchpoint } from '../touchpoints.ts';
import { issueStatusLink, keepResume, type PreparedDocument, STATUS_LINK_DAYS } from './intake.ts';

/** What each status means to the candidate, and what comes next: plain words, no jargon. */
export const statusWords: Record<SubmissionStatus, { label: string; next: string }> = {
  applied: {
    label: 'Application received',
    next: 'A recruiter will look at your application and contact you, usually within one business day.',
  },
  shortlisted: {
    label: 'Being reviewed',
    next: 'Your recruiter is reviewing your application. If it is a match, they will put you forward to the employer.',
  },
  submitted: {
    label: 'Put forward to the employer',
    next: 'The employer is reviewing candidates. We will tell you as soon as we hear back.',
  },
  client_interview: {
    label: 'Interview with the employer',
    next: 'Your recruiter will confirm the time and place. Prepare with the tips below, and tell us if anything changes.',
  },
  offered: {
    label: 'Offer made',
    next: 'Your recruiter will go through the offer with you: pay, start date and what to bring.',
  },
  placed: {
    label: 'You got the job',
    next: 'Your recruiter will confirm your start date and first-day details. We will check in with you once you start.',
  },
  rejected: {
    label: 'Not selected this time',
    next: 'This one did not work out. We keep your details and will contact you about other jobs that fit.',
  },
  withdrew: {
    label: 'Withdrawn',
    next: 'You are no longer being considered for this job. You can still apply for others.',
  },
};

export interface StatusApplication {
  submissionId: string;
  jobTitle: string;
  status: SubmissionStatus;
  label: string;
  next: string;
  since: Date;
  canWithdraw: boolean;
  resources: { title: string; url: string | null; body: string | null }[];
}

export type StatusPage =
  | { state: 'invalid' }
  | { state: 'expired'; firmName: string }
  | {
      state: 'open';
      firm: { id: string; name: string };
      candidate: { id: string; firstName: string; availableFrom: string | null };
      applications: StatusApplication[];
      expiresAt: Date;
    };

/** Resolves a token to its link, if it is real and not expired. */
async function linkOf(ctx: ServiceContext, token: string) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  return findAccessLink(ctx.store.db, hashToken(token));
}

/** The page behind a private link. */
export async function openStatusPage(ctx: ServiceContext, token: string): Promise<StatusPage> {
  const db = ctx.store.db;
  const link = await linkOf(ctx, token);
  if (!link) return { state: 'invalid' };
  const firm = await findFirm(db, link.firmId);
  if (!firm) return { state: 'invalid' };
  const now = ctx.clock.now();
  if (link.expiresAt.getTime() <= now.getTime()) return { state: 'expired', firmName: firm.name };
  const candidate = await findCandidate(db, link.firmId, link.candidateId);
  if (!candidate) return { state: 'invalid' };
  await touchAccessLink(db, link.firmId, link.id, now);
  const [submissions, resources] = await Promise.all([
    submissionsOfCandidate(db, link.firmId, candidate.id),
    stageResourcesOf(db, link.firmId),
  ]);
  const applications: StatusApplication[] = [];
  for (const s of submissions) {
    const status = s.status as SubmissionStatus;
    applications.push({
      submissionId: s.id,
      // The job's title only: the client's name is the firm's business, never shown on a public page.
      jobTitle: s.jobOrderTitle,
      status,
      ...statusWords[status],
      since: s.updatedAt,
      canWithdraw: isSubmissionLive(status),
      resources: resources
        .filter((r) => r.stage === status)
        .map((r) => ({ title: r.title, url: r.url, body: r.body })),
    });
  }
  applications.sort((a, b) => b.since.getTime() - a.since.getTime());
  return {
    state: 'open',
    firm: { id: firm.id, name: firm.name },
    candidate: { id: candidate.id, firstName: candidate.firstName, availableFrom: candidate.availableFrom },
    applications,
    expiresAt: link.expiresAt,
  };
}

async function openLinkOrThrow(ctx: ServiceContext, token: string) {
  const link = await linkOf(ctx, token);
  if (!link || link.expiresAt.getTime() <= ctx.clock.now().getTime())
    throw new DomainError('not_found', 'This link has expired; ask for a new one');
  return link;
}

const fromPortal = {
  channel: 'portal' as const,
  direction: 'in' as const,
  actor: { kind: 'subject' as const },
};

/** The candidate says from when they can work (and anything to add), as a touchpoint staff see. */
export async function updateAvailability(
  ctx: ServiceContext,
  token: string,
  input: { availableFrom: string; note?: string | undefined },
) {
  const link = await openLinkOrThrow(ctx, token);
  await ctx.store.transaction((tx) =>
    guarded(async () => {
      const c = await findCandidate(tx, link.firmId, link.candidateId);
      if (!c) throw new DomainError('not_found', 'Not found');
      const now = ctx.clock.now();
      assertUpdated(
        await updateCandidate(tx, link.firmId, c.id, c.version, { availableFrom: input.availableFrom }, now),
        'Your details',
      );
      await recordTouchpoint(tx, {
        firmId: link.firmId,
        subject: { type: 'candidate', candidateId: c.id },
        activity: 'contacted',
        ...fromPortal,
        occurredAt: now,
        summary: `Updated their availability: from ${input.availableFrom}`,
        outcome: input.note ?? null,
      });
    }),
  );
}

/** The candidate withdraws one of their live applications. */
export async function withdrawApplication(ctx: ServiceContext, token: string, submissionId: string) {
  const link = await openLinkOrThrow(ctx, token);
  await ctx.store.transaction((tx) =>
    guarded(async () => {
      const mine = (await submissionsOfCandidate(tx, link.firmId, link.candidateId)).find(
        (s) => s.id === submissionId,
      );
      // Another person's submission is as absent as a made-up one.
      if (!mine) throw new DomainError('not_found', 'No such application');
      if (!isSubmissionLive(mine.status as SubmissionStatus))
        throw new DomainError('invalid_transition', 'This application is already closed');
      const now = ctx.clock.now();
      assertUpdated(
        await updateSubmission(tx, link.firmId, mine.id, mine.version, { status: 'withdrew' }, now),
        'This application',
      );
      await recordTouchpoint(tx, {
        firmId: link.firmId,
        subject: { type: 'candidate', candidateId: link.candidateId },
        activity: 'withdrew',
        ...fromPortal,
        occurredAt: now,
        jobOrderId: mine.jobOrderId,
        submissionId: mine.id,
        summary: `Withdrew from ${mine.jobOrderTitle} on their status page`,
      });
    }),
  );
}

/** The candidate adds a document (checked and read beforehand, as on the application form). */
export async function addDocument(ctx: ServiceContext, token: string, doc: PreparedDocument) {
  const link = await openLinkOrThrow(ctx, token);
  await ctx.store.transaction((tx) =>
    guarded(() => keepResume(tx, ctx, link.firmId, link.candidateId, doc, 'portal')),
  );
}

/**
 * Sends a fresh link to a candidate of the firm with this address, if there is one. The caller answers the same
 * either way, so the form cannot be used to find out who is registered.
 */
export async function requestStatusLink(ctx: ServiceContext, firm: PublicFirm, email: string): Promise<void> {
  const [id] = await findByTerm(ctx.store.db, firm.id, 'candidate', 'email', normalizeEmail(email));
  if (!id) return;
  await ctx.store.transaction((tx) =>
    guarded(async () => {
      const c = await findCandidate(tx, firm.id, id);
      const to = c?.emails.find((e) => normalizeEmail(e.address) === normalizeEmail(email))?.address;
      if (!c || !to) return;
      const link = await issueStatusLink(tx, ctx, firm.id, c.id);
      await queueConfirmation(tx, ctx, {
        firmId: firm.id,
        candidateId: c.id,
        toAddress: to,
        topic: 'status-link',
        subject: `Your link to your applications with ${firm.name}`,
        body: [
          `Hello ${c.firstName},`,
          '',
          `Here is your private link to see where your applications with ${firm.name} stand:`,
          link,
          '',
          `It works for ${STATUS_LINK_DAYS} days. If you did not ask for it, you can ignore this mail.`,
          '',
          firm.name,
        ].join('\n'),
      });
    }),
  );
}
