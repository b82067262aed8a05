/**
 * @module A job seeker registers or applies on the careers site: one person, one record (matched by email, then
 * phone, under a lock so two simultaneous posts cannot make two), consent and the source of awareness recorded, the
 * resume kept, the application filed as a submission, a private status link and a confirmation mail: each step a
 * touchpoint, all in one transaction, and a retried post (same idempotency key) returns the first outcome.
 */
import { randomBytes } from 'node:crypto';
import { type AttributionInput, cleanAttribution, sourceOf } from '../../domain/attribution.ts';
import { sourceLabels } from '../../domain/candidate.ts';
import { normalizeEmail, normalizePhone } from '../../domain/contact-points.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Role } from '../../domain/roles.ts';
import { findCandidate, insertCandidate, updateCandidate } from '../../store/candidates.ts';
import { insertConsent } from '../../store/consent.ts';
import { guarded } from '../../store/db-errors.ts';
import { listBranches } from '../../store/firms.ts';
import {
  findDocumentByHash,
  findPublicPost,
  insertAccessLink,
  insertDocument,
  insertPublicPost,
  lockNaturalKeys,
} from '../../store/front-door.ts';
import { findJobOrder } from '../../store/job-orders.ts';
import { findByTerm } from '../../store/search.ts';
import { findSubmissionFor, insertSubmission } from '../../store/submissions.ts';
import { findUserView } from '../../store/users.ts';
import { assertUpdated, type Db, type ServiceContext } from '../context.ts';
import { hashToken } from '../messaging/delivery.ts';
import { queueConfirmation } from '../messaging/outbox.ts';
import type { PublicFirm } from '../public/firm.ts';
import { absoluteUrl } from '../public-url.ts';
import { indexCandidate } from '../search-index.ts';
import { recordTouchpoint } from '../touchpoints.ts';

/** The version of the privacy notice the public forms show (and every consent they record names). */
export const PRIVACY_NOTICE_VERSION = '2026-11';
/** How long a status-page link works; a new one can be asked for by email at any time. */
export const STATUS_LINK_DAYS = 30;

/** A file from a public form, already checked by content and with its text extracted (see ../documents). */
export interface PreparedDocument {
  filename: string;
  mediaType: string;
  bytes: Uint8Array;
  sha256: string;
  text: { status: 'extracted' | 'empty' | 'failed'; text: string };
}

export interface IntakeRequest {
  firm: PublicFirm;
  /** The published job applied for; null for a registration without a job. */
  jobOrderId: string | null;
  person: {
    firstName: string;
    lastName: string;
    email: string;
    phone: string;
    city?: string | undefined;
    postcode?: string | undefined;
    availableFrom?: string | undefined;
  };
  note?: string | undefined;
  /** Text messages too (email is how Waypoint answers a form; the notice was accepted to send it). */
  smsConsent: boolean;
  attribution: AttributionInput;
  resume: PreparedDocument | null;
  idempotencyKey: string;
  /** The careers site's own host, so its own pages do not count as a referrer. */
  ownHost: string | null;
}

export interface IntakeOutcome {
  candidateId: string;
  submissionId: string | null;
  /** An earlier record of the same person was found and added to (never a second record). */
  matched: boolean;
  /** They had already applied for this job: nothing new was filed. */
  alreadyApplied: boolean;
  /** The same post arrived before (a double click, a retry): this is the first one's outcome. */
  replayed: boolean;
}

const RECRUITING_ROLES: readonly Role[] = ['recruiter', 'branch_manager', 'admin'];
const DAY = 86_400_000;

/** Makes a private status link for a candidate and returns its URL (only the token's hash is stored). */
export async function issueStatusLink(db: Db, ctx: ServiceContext, firmId: string, candidateId: string) {
  const token = randomBytes(24).toString('base64url');
  const now = ctx.clock.now();
  await insertAccessLink(db, {
    firmId,
    candidateId,
    tokenHash: hashToken(token),
    expiresAt: new Date(now.getTime() + STATUS_LINK_DAYS * DAY),
    createdAt: now,
  });
  return absoluteUrl(ctx, `/careers/status/${token}`);
}

/** The open, published job an application names, or a clear refusal. */
async function jobToApplyFor(db: Db, firmId: string, jobOrderId: string) {
  const order = await findJobOrder(db, firmId, jobOrderId);
  if (!order?.published || order.status !== 'open') {
    throw new DomainError('not_found', 'This job is no longer open for applications', [
      { path: 'jobOrderId', message: 'No longer open' },
    ]);
  }
  return order;
}

/**
 * The candidate with this email, else with this phone (email is the stronger key), and which of the two matched:
 * a match by phone alone does not prove the typed email is theirs.
 */
async function matchCandidate(db: Db, firmId: string, email: string, phone: string) {
  const byEmail = await findByTerm(db, firmId, 'candidate', 'email', email);
  if (byEmail[0]) return { id: byEmail[0], by: 'email' as const };
  const byPhone = phone ? await findByTerm(db, firmId, 'candidate', 'phone', phone) : [];
  return byPhone[0] ? { id: byPhone[0], by: 'phone' as const } : null;
}

/** Registers or applies, as one whole: see the module comment. */
export async function receiveApplication(ctx: ServiceContext, req: IntakeRequest): Promise<IntakeOutcome> {
  const firmId = req.firm.id;
  const kind = req.jobOrderId ? 'application' : 'registration';
  const email = normalizeEmail(req.person.email);
  const phone = normalizePhone(req.person.phone);
  return ctx.store.transaction((tx) =>
    guarded(async () => {
      await lockNaturalKeys(tx, firmId, [`email:${email}`, `phone:${phone}`, `post:${req.idempotencyKey}`]);
      const earlier = await findPublicPost(tx, firmId, kind, req.idempotencyKey);
      if (earlier) {
        return {
          candidateId: earlier.candidateId!,
          submissionId: earlier.submissionId ?? null,
          matched: earlier.matched === 'true',
          alreadyApplied: earlier.alreadyApplied === 'true',
          replayed: true,
        };
      }
      const now = ctx.clock.now();
      const order = req.jobOrderId ? await jobToApplyFor(tx, firmId, req.jobOrderId) : null;
      const attribution = cleanAttribution(req.attribution);
      const { source, detail } = sourceOf(attribution, req.ownHost);
      const subject = (candidateId: string) => ({ type: 'candidate' as const, candidateId });
      const fromForm = {
        channel: 'form' as const,
        direction: 'in' as const,
        actor: { kind: 'subject' as const },
      };

      const match = await matchCandidate(tx, firmId, email, phone);
      const existingId = match?.id ?? null;
      // Matched by phone under an email the record does not have: the application is theirs to file, but the
      // address is unproven (anyone who knows a phone number can type it). It is neither added to the record nor
      // sent the private status link, which shows and changes the person's applications; staff confirm it first.
      const unprovenEmail = match?.by === 'phone';
      let candidateId: string;
      if (existingId) {
        candidateId = existingId;
        if (!unprovenEmail) await addToExisting(tx, ctx, firmId, existingId, req);
        // A returning person's registration is a contact (an application has its own touchpoint below), and so
        // is an unproven address, for staff to confirm.
        const typed = req.person.email.trim();
        const notes = [
          ...(order ? [] : ['Registered again on the careers site']),
          ...(unprovenEmail
            ? [`Used an email address not on the record (${typed}): confirm it with them before adding it`]
            : []),
        ];
        if (notes.length > 0) {
          await recordTouchpoint(tx, {
            firmId,
            subject: subject(candidateId),
            activity: 'contacted',
            ...fromForm,
            occurredAt: now,
            summary: notes.join('. '),
            meta: unprovenEmail ? { attribution, unprovenEmail: typed } : { attribution },
          });
        }
      } else {
        candidateId = await registerNew(tx, ctx, req, order, { source, detail, attribution });
      }

      await insertConsent(tx, {
        firmId,
        candidateId,
        channel: 'email',
        status: 'granted',
        source: 'form',
        noticeVersion: PRIVACY_NOTICE_VERSION,
        at: now,
        note: `Accepted the privacy notice on the careers site (${kind})`,
      });
      if (req.smsConsent) {
        await insertConsent(tx, {
          firmId,
          candidateId,
          channel: 'sms',
          status: 'granted',
          source: 'form',
          noticeVersion: PRIVACY_NOTICE_VERSION,
          at: now,
          note: 'Asked for text messages on the careers site',
        });
      }
      if (req.resume) await keepResume(tx, ctx, firmId, candidateId, req.resume, 'form');

      let submissionId: string | null = null;
      let alreadyApplied = false;
      if (order) {
        const earlierSubmission = await findSubmissionFor(tx, firmId, order.id, candidateId);
        if (earlierSubmission) {
          submissionId = earlierSubmission.id;
          alreadyApplied = true;
          await recordTouchpoint(tx, {
            firmId,
            subject: subject(candidateId),
            activity: 'contacted',
            ...fromForm,
            occurredAt: now,
            jobOrderId: order.id,
            submissionId,
            summary: `Applied again for ${order.title}`,
            outcome: req.note ?? null,
          });
        } else {
          const s = await insertSubmission(tx, {
            firmId,
            jobOrderId: order.id,
            candidateId,
            status: 'applied',
            notes: req.note ?? null,
            createdAt: now,
            updatedAt: now,
          });
          submissionId = s.id;
          await recordTouchpoint(tx, {
            firmId,
            subject: subject(candidateId),
            activity: 'applied',
            ...fromForm,
            occurredAt: now,
            jobOrderId: order.id,
            submissionId,
            summary: order.title,
            outcome: req.note ?? null,
          });
        }
      }

      const link = unprovenEmail ? null : await issueStatusLink(tx, ctx, firmId, candidateId);
      const first = req.person.firstName.trim();
      await queueConfirmation(tx, ctx, {
        firmId,
        candidateId,
        toAddress: req.person.email.trim(),
        jobOrderId: order?.id ?? null,
        submissionId,
        topic: order ? `applied:${order.id}` : 'registered',
        subject: order
          ? `We have your application: ${order.title}`
          : `Welcome to ${req.firm.name}: we have your registration`,
        body: [
          `Hello ${first},`,
          '',
          order
            ? `Thank you for applying for ${order.title} with ${req.firm.name}. We have your application${req.resume ? ' and your resume' : ''}.`
            : `Thank you for registering with ${req.firm.name}. We have your details${req.resume ? ' and your resume' : ''}.`,
          'A recruiter will be in touch, usually within one business day.',
          '',
          ...(link
            ? [
                'See where you stand, update your availability or add a document at any time on your own page:',
                link,
                '',
                `This link is private to you and works for ${STATUS_LINK_DAYS} days. You can ask for a new one at ${absoluteUrl(ctx, '/careers/status')}.`,
              ]
            : [
                'We already know you under another email address. To see where you stand, ask for a link to your own page',
                `at ${absoluteUrl(ctx, '/careers/status')} with the address you gave us before, or ask your recruiter to add this one.`,
              ]),
          '',
          req.firm.name,
        ].join('\n'),
      });

      await insertPublicPost(tx, {
        firmId,
        kind,
        key: req.idempotencyKey,
        outcome: {
          candidateId,
          submissionId,
          matched: String(existingId !== null),
          alreadyApplied: String(alreadyApplied),
        },
        createdAt: now,
      });
      return { candidateId, submissionId, matched: existingId !== null, alreadyApplied, replayed: false };
    }),
  );
}

/** A new candidate from a public form, with their first touchpoints: heard of us (from where), registered. */
async function registerNew(
  tx: Db,
  ctx: ServiceContext,
  req: IntakeRequest,
  order: { branchId: string; ownerId: string | null } | null,
  origin: { source: string; detail: string | null; attribution: AttributionInput },
): Promise<string> {
  const firmId = req.firm.id;
  const now = ctx.clock.now();
  // The job's branch; otherwise the firm's first branch. The job's owner takes the candidate if they recruit;
  // otherwise the candidate waits unassigned, in the branch manager's queue.
  const branchId = order?.branchId ?? (await listBranches(tx, firmId))[0]?.id;
  if (!branchId) throw new DomainError('not_found', 'This firm takes no registrations yet');
  const owner = order?.ownerId ? await findUserView(tx, firmId, order.ownerId) : null;
  const ownerId = owner?.active && RECRUITING_ROLES.includes(owner.role as Role) ? owner.id : null;
  const p = req.person;
  const row = await insertCandidate(tx, {
    firmId,
    branchId,
    ownerId,
    firstName: p.firstName.trim(),
    lastName: p.lastName.trim(),
    emails: [{ address: p.email.trim(), label: 'personal' }],
    phones: p.phone.trim() ? [{ number: p.phone.trim(), label: 'mobile' }] : [],
    city: p.city?.trim() || null,
    postcode: p.postcode?.trim() || null,
    availableFrom: p.availableFrom ?? null,
    source: origin.source,
    sourceDetail: origin.detail,
    attribution: origin.attribution,
    resumeText: req.resume?.text.status === 'extracted' ? req.resume.text.text : null,
    status: 'new',
    createdBy: null,
    createdAt: now,
    updatedAt: now,
  });
  await indexCandidate(tx, row);
  const subject = { type: 'candidate' as const, candidateId: row.id };
  await recordTouchpoint(tx, {
    firmId,
    subject,
    activity: 'heard_of_us',
    channel: 'form',
    direction: 'in',
    actor: { kind: 'subject' },
    occurredAt: now,
    summary: [sourceLabels[origin.source as keyof typeof sourceLabels], origin.detail]
      .filter(Boolean)
      .join(': '),
    meta: { source: origin.source, attribution: origin.attribution },
  });
  await recordTouchpoint(tx, {
    firmId,
    subject,
    activity: 'registered',
    channel: 'form',
    direction: 'in',
    actor: { kind: 'subject' },
    occurredAt: now,
    summary: 'Registered on the careers site',
  });
  return row.id;
}

/**
 * Adds what a returning person typed to their record without overwriting anything staff keep: a new email or phone
 * is added, empty fields are filled; names and filled fields stay as they are (the form's words are on the
 * touchpoint for staff to read).
 */
async function addToExisting(tx: Db, ctx: ServiceContext, firmId: string, id: string, req: IntakeRequest) {
  const c = await findCandidate(tx, firmId, id);
  if (!c) return;
  const p = req.person;
  const emails = [...c.emails];
  if (!emails.some((e) => normalizeEmail(e.address) === normalizeEmail(p.email)))
    emails.push({ address: p.email.trim(), label: 'personal' });
  const phones = [...c.phones];
  if (p.phone.trim() && !phones.some((x) => normalizePhone(x.number) === normalizePhone(p.phone)))
    phones.push({ number: p.phone.trim(), label: 'mobile' });
  const patch = {
    emails,
    phones,
    city: c.city ?? (p.city?.trim() || null),
    postcode: c.postcode ?? (p.postcode?.trim() || null),
    availableFrom: p.availableFrom ?? c.availableFrom,
    resumeText: c.resumeText ?? (req.resume?.text.status === 'extracted' ? req.resume.text.text : null),
  };
  assertUpdated(await updateCandidate(tx, firmId, id, c.version, patch, ctx.clock.now()), 'Candidate');
  await indexCandidate(tx, { ...c, ...patch });
}

/** Keeps an uploaded document (once per content: a retried upload finds the first) and notes it on the timeline. */
export async function keepResume(
  tx: Db,
  ctx: ServiceContext,
  firmId: string,
  candidateId: string,
  doc: PreparedDocument,
  channel: 'form' | 'portal',
) {
  if (await findDocumentByHash(tx, firmId, candidateId, doc.sha256)) return;
  const now = ctx.clock.now();
  const row = await insertDocument(tx, {
    firmId,
    candidateId,
    kind: 'resume',
    filename: doc.filename,
    mediaType: doc.mediaType,
    sizeBytes: doc.bytes.byteLength,
    sha256: doc.sha256,
    content: doc.bytes,
    textStatus: doc.text.status,
    textContent: doc.text.status === 'extracted' ? doc.text.text : null,
    uploadedBy: null,
    createdAt: now,
  });
  await recordTouchpoint(tx, {
    firmId,
    subject: { type: 'candidate', candidateId },
    activity: 'note',
    channel,
    direction: 'in',
    actor: { kind: 'subject' },
    occurredAt: now,
    summary: `Sent a document: ${doc.filename}`,
    meta: { documentId: row.id },
  });
}
