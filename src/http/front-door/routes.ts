/**
 * @module The public forms: register (`/careers/register`), apply (`/careers/jobs/:id/apply`), the status page
 * (`/careers/status/:token` and its actions; `/careers/status` for a new link), the employers' staffing request
 * (`/employers/request`) and the privacy notice. No session: the private link is the status page's only key.
 *
 * Abuse: each post is rate-limited per address; a honeypot field catches form-filling robots (they get the thank-you
 * page and nothing is kept); multipart posts are bounded (one file of 5 MB, 40 short fields), and a bigger one is
 * refused with 413 before it is read; documents are checked by their bytes and read in a worker; at most a few
 * posts are processed at once, the rest are asked to retry (503), so a flood cannot take the database from staff.
 */
import { randomBytes } from 'node:crypto';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  availabilityForm,
  candidateForm,
  fieldErrors,
  formKey,
  staffingRequestForm,
  statusLinkForm,
} from '../../contract/front-door.ts';
import { type AttributionInput, hostOf } from '../../domain/attribution.ts';
import { DomainError } from '../../domain/errors.ts';
import type { ServiceContext } from '../../services/context.ts';
import { prepareDocument } from '../../services/front-door/documents.ts';
import { receiveApplication } from '../../services/front-door/intake.ts';
import { receiveStaffingRequest } from '../../services/front-door/staffing-requests.ts';
import {
  addDocument,
  openStatusPage,
  requestStatusLink,
  updateAvailability,
  withdrawApplication,
} from '../../services/front-door/status-page.ts';
import { readPosting } from '../../services/public/careers.ts';
import { type PublicFirm, publicFirm } from '../../services/public/firm.ts';
import { sendPage } from '../careers/html.ts';
import { attributionFromQuery, type Errors, type Values } from './form-parts.ts';
import {
  busyPage,
  candidateFormPage,
  candidateThanksPage,
  privacyPage,
  simpleNotFound,
  staffingRequestPage,
  staffingThanksPage,
  statusLinkPage,
  statusPageView,
  tooLargePage,
} from './pages.ts';

/** The largest document a public form takes. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
const ATTRIBUTION_COOKIE = 'wp_src';

export interface FrontDoorOptions {
  ctx: ServiceContext;
  /** Posts a minute per address and form (default 10). */
  postsPerMinute?: number;
  /** Posts processed at once, across all forms (default 4). */
  maxConcurrentPosts?: number;
}

const newFormKey = () => randomBytes(18).toString('base64url');
/** A form shown again keeps its key (so sending it then still counts once), unless the key it came with is not one. */
const keptFormKey = (fields: Values) =>
  formKey.safeParse(fields.formKey).success ? fields.formKey! : newFormKey();
const strings = (o: unknown): Values => {
  const out: Values = {};
  if (o && typeof o === 'object')
    for (const [k, v] of Object.entries(o)) if (typeof v === 'string') out[k] = v.slice(0, 10_000);
  return out;
};

interface Posted {
  fields: Values;
  file: { filename: string; bytes: Uint8Array } | null;
}

/** A form's fields and its one file (multipart), or its fields (urlencoded). Limits throw 413. */
async function readForm(request: FastifyRequest): Promise<Posted> {
  if (!request.isMultipart()) return { fields: strings(request.body), file: null };
  const fields: Values = {};
  let file: Posted['file'] = null;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer();
      if (bytes.length > 0 && !file)
        file = { filename: part.filename || 'document', bytes: new Uint8Array(bytes) };
    } else if (typeof part.value === 'string') {
      fields[part.fieldname] = part.value;
    }
  }
  return { fields, file };
}

/** The visit's source: the form's hidden fields, else the first-visit cookie, else this page's own query. */
function attributionOf(request: FastifyRequest, fields: Values): AttributionInput {
  const fromFields: AttributionInput = {
    utmSource: fields.utmSource,
    utmMedium: fields.utmMedium,
    utmCampaign: fields.utmCampaign,
    utmTerm: fields.utmTerm,
    utmContent: fields.utmContent,
    referrer: fields.referrer,
    landingPath: fields.landingPath,
    howHeard: fields.howHeard,
  };
  return { ...attributionFromCookie(request), ...stripUndefined(fromFields) };
}

const stripUndefined = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;

function attributionFromCookie(request: FastifyRequest): AttributionInput {
  const raw = request.cookies?.[ATTRIBUTION_COOKIE];
  if (!raw || raw.length > 2000) return {};
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown;
    return strings(parsed) as AttributionInput;
  } catch {
    return {};
  }
}

/** For a form's first render: what this visit's query and referring page say, over the first-visit cookie. */
function attributionForRender(request: FastifyRequest, ownHost: string | null): AttributionInput {
  const fromQuery = attributionFromQuery(request.query);
  const referer = request.headers.referer;
  const external = typeof referer === 'string' && hostOf(referer) !== ownHost ? referer : undefined;
  return {
    ...attributionFromCookie(request),
    ...stripUndefined({ ...fromQuery, referrer: fromQuery.referrer ?? external }),
  };
}

export async function registerFrontDoorRoutes(
  app: FastifyInstance,
  { ctx, postsPerMinute = 10, maxConcurrentPosts = 4 }: FrontDoorOptions,
) {
  const ownHost = hostOf(ctx.transports?.publicUrl);

  // The first public visit that came from somewhere (a campaign's link, another site) is remembered for the forms
  // that may follow a few pages later. Such a response is no longer the same for everyone: never cached shared.
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' || !request.url.startsWith('/careers') || reply.statusCode !== 200)
      return payload;
    if (request.cookies?.[ATTRIBUTION_COOKIE]) return payload;
    const found = attributionForRender(request, ownHost);
    if (Object.keys(found).length === 0) return payload;
    found.landingPath = request.url.slice(0, 300);
    reply.setCookie(
      ATTRIBUTION_COOKIE,
      Buffer.from(JSON.stringify(found)).toString('base64url').slice(0, 2000),
      {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        maxAge: 30 * 24 * 3600,
      },
    );
    reply.header('cache-control', 'private, no-store');
    return payload;
  });

  await app.register(async (scope) => {
    await scope.register(multipart, {
      throwFileSizeLimit: true,
      limits: {
        fileSize: MAX_DOCUMENT_BYTES,
        files: 1,
        fields: 40,
        fieldSize: 10 * 1024,
        fieldNameSize: 100,
        parts: 42,
        headerPairs: 50,
      },
    });
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 64 * 1024 },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
    );

    const page = { schema: { hide: true }, config: { rateLimit: { max: 120, timeWindow: '1 minute' } } };
    const post = {
      schema: { hide: true },
      config: { rateLimit: { max: postsPerMinute, timeWindow: '1 minute' } },
    };

    let inFlight = 0;
    /** Runs a post's work if there is room; otherwise asks to retry, having read nothing into the database. */
    const bounded = async (reply: FastifyReply, firm: PublicFirm | null, work: () => Promise<unknown>) => {
      if (inFlight >= maxConcurrentPosts) {
        reply.header('retry-after', '30');
        return sendPage(reply, busyPage(firm), { status: 503, cache: 'private' });
      }
      inFlight++;
      try {
        return await work();
      } catch (error) {
        const status = (error as { statusCode?: number }).statusCode;
        if (status === 413) {
          return sendPage(reply, tooLargePage(firm, MAX_DOCUMENT_BYTES), { status: 413, cache: 'private' });
        }
        throw error;
      } finally {
        inFlight--;
      }
    };
    const notFound = async (reply: FastifyReply) =>
      sendPage(reply, simpleNotFound(await publicFirm(ctx)), { status: 404, cache: 'private' });

    // ——— Registration and application ———

    /** The registration form, or the application form of an open posting (`jobParam`). */
    const showCandidateForm = async (
      request: FastifyRequest,
      reply: FastifyReply,
      jobParam: string | null,
    ) => {
      const firm = await publicFirm(ctx);
      const posting = firm && jobParam ? await readPosting(ctx, firm, jobParam) : null;
      if (!firm || (jobParam && !posting)) return notFound(reply);
      return sendPage(
        reply,
        candidateFormPage({
          firm,
          job: posting ? { title: posting.title, path: posting.path, action: posting.applyPath } : null,
          values: {},
          errors: {},
          formKey: newFormKey(),
          attribution: attributionForRender(request, ownHost),
        }),
        { cache: 'private' },
      );
    };
    scope.get('/careers/register', page, (request, reply) => showCandidateForm(request, reply, null));
    scope.get<{ Params: { id: string } }>('/careers/jobs/:id/apply', page, (request, reply) =>
      showCandidateForm(request, reply, request.params.id),
    );

    const receiveCandidate = async (
      request: FastifyRequest,
      reply: FastifyReply,
      jobParam: string | null,
    ) => {
      const firm = await publicFirm(ctx);
      if (!firm) return notFound(reply);
      // The posting is looked up inside the bound: a post turned away costs the database nothing.
      return bounded(reply, firm, async () => {
        const posting = jobParam ? await readPosting(ctx, firm, jobParam) : null;
        if (jobParam && !posting) return notFound(reply);
        const { fields, file } = await readForm(request);
        const job = posting ? { title: posting.title, path: posting.path, action: posting.applyPath } : null;
        const again = (errors: Errors, status = 400) =>
          sendPage(
            reply,
            candidateFormPage({
              firm,
              job,
              values: fields,
              errors,
              formKey: keptFormKey(fields),
              attribution: attributionOf(request, fields),
            }),
            { status, cache: 'private' },
          );
        // A robot filled the field people never see: thank it, keep nothing.
        if (fields.website) {
          request.log.warn({ form: 'candidate' }, 'public form honeypot filled; nothing kept');
          return sendPage(
            reply,
            candidateThanksPage(firm, {
              firstName: fields.firstName ?? '',
              email: fields.email ?? '',
              job: posting?.title ?? null,
              alreadyApplied: false,
            }),
            { cache: 'private' },
          );
        }
        const parsed = candidateForm.safeParse(fields);
        const errors: Errors = parsed.success ? {} : fieldErrors(parsed.error);
        let resume = null;
        if (file) {
          const prepared = await prepareDocument(file.bytes, file.filename);
          if (prepared.ok) resume = prepared.doc;
          else errors.resume = prepared.reason;
        }
        if (!parsed.success || errors.resume) {
          if (file && !errors.resume) errors.resume = 'Please attach your resume again';
          return again(errors);
        }
        const f = parsed.data;
        try {
          const out = await receiveApplication(ctx, {
            firm,
            jobOrderId: posting?.id ?? null,
            person: {
              firstName: f.firstName,
              lastName: f.lastName,
              email: f.email,
              phone: f.phone,
              city: f.city,
              postcode: f.postcode,
              availableFrom: f.availableFrom,
            },
            note: f.note,
            smsConsent: f.sms === 'yes',
            attribution: attributionOf(request, fields),
            resume,
            idempotencyKey: f.formKey,
            ownHost,
          });
          return sendPage(
            reply,
            candidateThanksPage(firm, {
              firstName: f.firstName,
              email: f.email,
              job: posting?.title ?? null,
              alreadyApplied: out.alreadyApplied,
            }),
            { cache: 'private' },
          );
        } catch (error) {
          if (error instanceof DomainError && error.code === 'not_found') return notFound(reply);
          // Staff changed the record at the same moment: nothing was kept; the person sends the form again.
          if (error instanceof DomainError && error.code === 'conflict_version')
            return again(
              { form: 'Your details changed while you sent this. Please send the form again.' },
              409,
            );
          throw error;
        }
      });
    };

    scope.post('/careers/register', post, (request, reply) => receiveCandidate(request, reply, null));
    scope.post<{ Params: { id: string } }>('/careers/jobs/:id/apply', post, (request, reply) =>
      receiveCandidate(request, reply, request.params.id),
    );

    // ——— The status page ———

    scope.get('/careers/status', page, async (_request, reply) => {
      const firm = await publicFirm(ctx);
      if (!firm) return notFound(reply);
      return sendPage(reply, statusLinkPage(firm, { sent: false, values: {}, errors: {} }), {
        cache: 'private',
      });
    });

    scope.post('/careers/status', post, async (request, reply) => {
      const firm = await publicFirm(ctx);
      if (!firm) return notFound(reply);
      return bounded(reply, firm, async () => {
        const { fields } = await readForm(request);
        const parsed = statusLinkForm.safeParse(fields);
        if (!parsed.success)
          return sendPage(
            reply,
            statusLinkPage(firm, { sent: false, values: fields, errors: fieldErrors(parsed.error) }),
            { status: 400, cache: 'private' },
          );
        if (!fields.website) await requestStatusLink(ctx, firm, parsed.data.email);
        // The same answer whether or not the address is known.
        return sendPage(reply, statusLinkPage(firm, { sent: true, values: fields, errors: {} }), {
          cache: 'private',
        });
      });
    });

    const flashes: Record<string, string> = {
      availability: 'Thank you: your availability is updated.',
      document: 'Thank you: we have your document.',
      withdrawn: 'You have withdrawn from that job.',
    };

    const showStatus = async (
      reply: FastifyReply,
      token: string,
      flash: string | null,
      errors: Errors = {},
    ) => {
      const status = await openStatusPage(ctx, token);
      if (status.state !== 'open') {
        const firm = await publicFirm(ctx);
        return sendPage(
          reply,
          statusLinkPage(firm ?? { name: status.state === 'expired' ? status.firmName : 'Careers' }, {
            sent: false,
            values: {},
            errors: {},
            expired: true,
          }),
          { status: 404, cache: 'private' },
        );
      }
      return sendPage(reply, statusPageView(status, token, flash, errors), {
        status: Object.keys(errors).length > 0 ? 400 : 200,
        cache: 'private',
      });
    };

    scope.get<{ Params: { token: string }; Querystring: { done?: string } }>(
      '/careers/status/:token',
      page,
      async (request, reply) => {
        // The link is a secret: it must not leak through the Referer of a link the page shows.
        reply.header('referrer-policy', 'no-referrer');
        const done = typeof request.query.done === 'string' ? (flashes[request.query.done] ?? null) : null;
        return showStatus(reply, request.params.token, done);
      },
    );

    /** After an action: back to the page (303), so a reload does not post again. */
    const backTo = (reply: FastifyReply, token: string, done: string) =>
      reply.redirect(`/careers/status/${encodeURIComponent(token)}?done=${done}`, 303);

    const statusAction = (
      path: string,
      act: (token: string, posted: Posted, reply: FastifyReply) => Promise<unknown>,
    ) =>
      scope.post<{ Params: { token: string } }>(
        `/careers/status/:token/${path}`,
        post,
        async (request, reply) => {
          reply.header('referrer-policy', 'no-referrer');
          const firm = await publicFirm(ctx);
          return bounded(reply, firm, async () => {
            const posted = await readForm(request);
            try {
              return await act(request.params.token, posted, reply);
            } catch (error) {
              if (
                error instanceof DomainError &&
                (error.code === 'not_found' ||
                  error.code === 'invalid_transition' ||
                  error.code === 'conflict_version')
              )
                return showStatus(reply, request.params.token, null, { form: error.message });
              throw error;
            }
          });
        },
      );

    statusAction('availability', async (token, { fields }, reply) => {
      const parsed = availabilityForm.safeParse(fields);
      if (!parsed.success) return showStatus(reply, token, null, fieldErrors(parsed.error));
      await updateAvailability(ctx, token, parsed.data);
      return backTo(reply, token, 'availability');
    });

    statusAction('withdraw', async (token, { fields }, reply) => {
      const id = fields.submissionId ?? '';
      if (!/^[0-9a-f-]{36}$/i.test(id))
        return showStatus(reply, token, null, { form: 'No such application' });
      await withdrawApplication(ctx, token, id);
      return backTo(reply, token, 'withdrawn');
    });

    statusAction('documents', async (token, { file }, reply) => {
      if (!file) return showStatus(reply, token, null, { document: 'Choose a document to send' });
      const prepared = await prepareDocument(file.bytes, file.filename);
      if (!prepared.ok) return showStatus(reply, token, null, { document: prepared.reason });
      await addDocument(ctx, token, prepared.doc);
      return backTo(reply, token, 'document');
    });

    // ——— Employers ———

    scope.get('/employers/request', page, async (request, reply) => {
      const firm = await publicFirm(ctx);
      if (!firm) return notFound(reply);
      return sendPage(
        reply,
        staffingRequestPage({
          firm,
          values: { openings: '1', type: 'temp' },
          errors: {},
          formKey: newFormKey(),
          attribution: attributionForRender(request, ownHost),
        }),
        { cache: 'private' },
      );
    });

    scope.post('/employers/request', post, async (request, reply) => {
      const firm = await publicFirm(ctx);
      if (!firm) return notFound(reply);
      return bounded(reply, firm, async () => {
        const { fields } = await readForm(request);
        const again = (errors: Errors) =>
          sendPage(
            reply,
            staffingRequestPage({
              firm,
              values: fields,
              errors,
              formKey: keptFormKey(fields),
              attribution: attributionOf(request, fields),
            }),
            { status: 400, cache: 'private' },
          );
        const parsed = staffingRequestForm.safeParse(fields);
        if (fields.website) {
          request.log.warn({ form: 'staffing_request' }, 'public form honeypot filled; nothing kept');
          return sendPage(
            reply,
            staffingThanksPage(firm, {
              firstName: fields.firstName ?? '',
              position: fields.position ?? '',
              openings: 1,
            }),
            { cache: 'private' },
          );
        }
        if (!parsed.success) return again(fieldErrors(parsed.error));
        const f = parsed.data;
        try {
          await receiveStaffingRequest(ctx, {
            firm,
            company: f.company,
            contact: {
              firstName: f.firstName,
              lastName: f.lastName,
              email: f.email,
              phone: f.phone,
              title: f.title,
            },
            position: f.position,
            openings: f.openings,
            type: f.type,
            startDate: f.startDate,
            endDate: f.endDate,
            city: f.city,
            postcode: f.postcode,
            locationLine: f.locationLine,
            rateMin: f.rateMin,
            rateMax: f.rateMax,
            notes: f.notes,
            attribution: attributionOf(request, fields),
            idempotencyKey: f.formKey,
            ownHost,
          });
        } catch (error) {
          if (error instanceof DomainError && error.code === 'validation')
            return again(Object.fromEntries(error.issues.map((i) => [i.path, i.message])));
          throw error;
        }
        return sendPage(
          reply,
          staffingThanksPage(firm, { firstName: f.firstName, position: f.position, openings: f.openings }),
          { cache: 'private' },
        );
      });
    });

    scope.get('/careers/privacy', page, async (_request, reply) => {
      const firm = await publicFirm(ctx);
      if (!firm) return notFound(reply);
      return sendPage(reply, privacyPage(firm));
    });
  });
}
