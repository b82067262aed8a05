/**
 * A candidate's documents through the API: the list, the download (bytes as kept, an attachment whose hostile name
 * cannot break the header, never sniffed or cached, audited) and the text read from it. Documents come in through
 * the careers intake (`receiveApplication`, `keepResume`); the one a staff user added is written through the store,
 * as no staff upload exists yet.
 */
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/db.ts';
import {
  applicationInput,
  buildCandidate,
  buildWorld,
  preparedPdf,
  unique,
  type World,
} from '../../test/factories.ts';
import { type Client, signIn, testApp } from '../../test/http.ts';
import { keepResume, type PreparedDocument, receiveApplication } from '../services/front-door/intake.ts';
import { documentsOf, insertDocument } from '../store/front-door.ts';
import { auditEvents } from '../store/schema/index.ts';

let store: TestStore;
let app: FastifyInstance;
let w: World;
let other: World;
let recruiter: Client;
let outsider: Client;

/** A candidate who registered on the careers site with a resume. */
async function applicant(resume: PreparedDocument) {
  const out = await receiveApplication(w.ctx, applicationInput(w, { resume }));
  const [doc] = await documentsOf(store.db, w.firmId, out.candidateId);
  return { candidateId: out.candidateId, documentId: doc!.id };
}

/** The raw answer, bytes and all (the test client parses JSON). */
const raw = (as: Client, url: string) =>
  app.inject({ method: 'GET', url, headers: { cookie: as.cookie }, remoteAddress: '203.0.113.7' });

beforeAll(async () => {
  store = await openTestStore();
  w = await buildWorld(store);
  other = await buildWorld(store);
  app = await testApp(w.ctx);
  recruiter = await signIn(app, w.recruiter);
  outsider = await signIn(app, other.admin);
});
afterAll(async () => {
  await app.close();
  await store.close();
});

describe('GET /api/candidates/:id/documents', () => {
  it("lists a candidate's documents newest first, with who added them and nothing of their content", async () => {
    const { candidateId, documentId } = await applicant(preparedPdf('first'));
    // A staff user's file, written through the store (there is no staff upload yet).
    const bytes = new TextEncoder().encode('PK\u0003\u0004 staff copy');
    const staffDoc = await insertDocument(store.db, {
      firmId: w.firmId,
      candidateId,
      kind: 'resume',
      filename: 'Reformatted.docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      sizeBytes: bytes.byteLength,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      content: bytes,
      textStatus: 'failed',
      textContent: null,
      uploadedBy: w.recruiter.userId,
      createdAt: new Date(Date.now() + 60_000),
    });

    const res = await recruiter.get(`/api/candidates/${candidateId}/documents`);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      {
        id: staffDoc.id,
        kind: 'resume',
        filename: 'Reformatted.docx',
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        sizeBytes: bytes.byteLength,
        textStatus: 'failed',
        uploadedBy: { id: w.recruiter.userId, name: w.recruiter.name },
        createdAt: expect.any(String),
      },
      {
        id: documentId,
        kind: 'resume',
        filename: 'Resume.pdf',
        mediaType: 'application/pdf',
        sizeBytes: expect.any(Number),
        textStatus: 'extracted',
        uploadedBy: null,
        createdAt: expect.any(String),
      },
    ]);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('is empty for a candidate without documents, 404 for another firm and for no such candidate', async () => {
    const candidate = await buildCandidate(w);
    expect((await recruiter.get(`/api/candidates/${candidate.id}/documents`)).body).toEqual({ items: [] });
    const foreign = await outsider.get(`/api/candidates/${candidate.id}/documents`);
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe('not_found');
    const missing = await recruiter.get('/api/candidates/00000000-0000-4000-8000-000000000000/documents');
    expect(missing.status).toBe(404);
  });
});

describe('GET /api/documents/:id/download', () => {
  it('sends the bytes as kept, as an attachment of their media type, never sniffed, framed or cached', async () => {
    const resume = preparedPdf(`bytes ${unique()}`);
    const { documentId } = await applicant(resume);
    const res = await raw(recruiter, `/api/documents/${documentId}/download`);
    expect(res.statusCode).toBe(200);
    expect(Buffer.compare(res.rawPayload, Buffer.from(resume.bytes))).toBe(0);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-length']).toBe(String(resume.bytes.byteLength));
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="Resume.pdf"; filename*=UTF-8''Resume.pdf`,
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
  });

  it('names a hostile file safely: one header, the name percent-encoded, no path, no line break', async () => {
    const hostile = '../../Résumé "final";\r\nSet-Cookie: x=1 \u202Efdp.exe.pdf';
    const candidate = await buildCandidate(w);
    await w.ctx.store.transaction((tx) =>
      keepResume(tx, w.ctx, w.firmId, candidate.id, preparedPdf('x', hostile), 'form'),
    );
    const [doc] = await documentsOf(store.db, w.firmId, candidate.id);
    const res = await raw(recruiter, `/api/documents/${doc!.id}/download`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['set-cookie']).toBeUndefined();
    const header = String(res.headers['content-disposition']);
    expect(header).toMatch(/^attachment; filename="[^"\\%]*"; filename\*=UTF-8''[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
    const saved = decodeURIComponent(header.split("UTF-8''")[1]!);
    // Cleaned as on upload (safeFilename): punctuation becomes `_`, the path and the bidi override are gone.
    expect(saved).toBe('Résumé _final_Set-Cookie_ x_1 fdp.exe.pdf');
  });

  it('leaves an audit entry for each download: who, which document, from where', async () => {
    const { candidateId, documentId } = await applicant(preparedPdf(`audited ${unique()}`));
    await raw(recruiter, `/api/documents/${documentId}/download`);
    const rows = await store.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.firmId, w.firmId), eq(auditEvents.targetId, documentId)));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      userId: w.recruiter.userId,
      action: 'document_downloaded',
      targetType: 'candidate_document',
      ip: '203.0.113.7',
      detail: { candidateId, kind: 'resume', sizeBytes: expect.any(Number), sha256: expect.any(String) },
    });
  });

  it('gives another firm, a stranger and an unknown id no bytes (and audits nothing for them)', async () => {
    const line = `secret ${unique()}`;
    const { documentId } = await applicant(preparedPdf(line));
    const foreign = await raw(outsider, `/api/documents/${documentId}/download`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.headers['content-type']).toMatch(/^application\/json/);
    expect(foreign.body).not.toContain(line);
    expect(foreign.headers['content-disposition']).toBeUndefined();
    const anonymous = await app.inject({ method: 'GET', url: `/api/documents/${documentId}/download` });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.body).not.toContain(line);
    expect(
      (await raw(recruiter, '/api/documents/00000000-0000-4000-8000-000000000000/download')).statusCode,
    ).toBe(404);
    expect((await raw(recruiter, '/api/documents/not-an-id/download')).statusCode).toBe(400);
    const audits = await store.db.select().from(auditEvents).where(eq(auditEvents.targetId, documentId));
    expect(audits).toEqual([]);
  });
});

describe('GET /api/documents/:id/text', () => {
  it('gives the text read from the document as it was written, markup and all (the page escapes it)', async () => {
    const text = 'Ten years on <b>forklifts</b> <script>alert(1)</script> & reach trucks';
    const { documentId } = await applicant(preparedPdf(`text ${unique()}`, 'cv.pdf', text));
    const res = await recruiter.get(`/api/documents/${documentId}/text`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: documentId, filename: 'cv.pdf', textStatus: 'extracted', text });
    expect(res.headers['content-type']).toMatch(/^application\/json/);
  });

  it('says there is no text for a document with nothing to read, and 404 for another firm', async () => {
    const { documentId } = await applicant(preparedPdf(`scan ${unique()}`, 'scan.pdf', ''));
    expect((await recruiter.get(`/api/documents/${documentId}/text`)).body).toMatchObject({
      textStatus: 'empty',
      text: null,
    });
    const foreign = await outsider.get(`/api/documents/${documentId}/text`);
    expect(foreign.status).toBe(404);
    expect(Object.keys(foreign.body)).toEqual(['error']);
  });
});
