/**
 * The candidate's documents section through the real API client and hooks; the server is faked (`fakeServer` answers
 * the contract's routes with canned bodies). File names and texts are hostile: they must stay text.
 */
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CandidateDocumentView, DocumentTextView } from '../../../contract/index.ts';
import { fakeServer, ok, renderWithApi } from '../../api/testing.tsx';
import { DocumentsSection } from './DocumentsSection.tsx';
import { documentSender, formatFileSize } from './documents.ts';

const candidateId = '8b0c8f0e-2f5c-4a51-9a3c-0f4b9d1c2a77';
const HOSTILE_NAME = '<img src=x onerror=alert(1)>.pdf';
const HOSTILE_TEXT = 'Welder\n<img src=x onerror=alert(2)><script>alert(3)</script>\n  MIG, TIG';

const doc = (overrides: Partial<CandidateDocumentView>): CandidateDocumentView => ({
  id: '3f2c1b0a-9d8e-4f7a-8b6c-5d4e3f2a1b0c',
  kind: 'resume',
  filename: 'resume.pdf',
  mediaType: 'application/pdf',
  sizeBytes: 48_000,
  textStatus: 'extracted',
  uploadedBy: null,
  createdAt: '2026-05-04T14:30:00.000Z',
  ...overrides,
});

const textOf = (d: CandidateDocumentView, text: string | null): DocumentTextView => ({
  id: d.id,
  filename: d.filename,
  textStatus: d.textStatus,
  text,
});

const listPath = `GET /api/candidates/${candidateId}/documents`;

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the documents section', () => {
  it('shows a hostile file name and text as text, and never makes an element of them', async () => {
    const hostile = doc({ filename: HOSTILE_NAME, sizeBytes: 2_500_000 });
    const seen = fakeServer({
      [listPath]: ok({ items: [hostile] }),
      [`GET /api/documents/${hostile.id}/text`]: ok(textOf(hostile, HOSTILE_TEXT)),
    });
    const { container } = renderWithApi(<DocumentsSection candidateId={candidateId} />);

    const line = (await screen.findByText(HOSTILE_NAME, { selector: '.document-name' })).closest(
      'li',
    ) as HTMLElement;
    expect(within(line).getByText(/Resume · 2\.4 MB · Sent by the candidate · Text read/)).toBeTruthy();
    const download = within(line).getByRole('link', { name: `Download ${HOSTILE_NAME}` });
    expect(download.getAttribute('href')).toBe(`/api/documents/${hostile.id}/download`);
    expect(download.hasAttribute('download')).toBe(true);

    fireEvent.click(within(line).getByRole('button', { name: `Show text of ${HOSTILE_NAME}` }));
    const heading = await screen.findByRole('heading', { name: `Text read from ${HOSTILE_NAME}` });
    const pre = heading.parentElement?.querySelector('pre');
    expect(pre?.textContent).toBe(HOSTILE_TEXT);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(seen.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
      listPath,
      `GET /api/documents/${hostile.id}/text`,
    ]);
  });

  it('says plainly when no text could be read, and why', async () => {
    const scanned = doc({
      id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      textStatus: 'empty',
      filename: 'scan.pdf',
    });
    const broken = doc({
      id: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
      textStatus: 'failed',
      filename: 'cv.docx',
    });
    fakeServer({
      [listPath]: ok({ items: [scanned, broken] }),
      [`GET /api/documents/${scanned.id}/text`]: ok(textOf(scanned, null)),
      [`GET /api/documents/${broken.id}/text`]: ok(textOf(broken, null)),
    });
    const { container } = renderWithApi(<DocumentsSection candidateId={candidateId} />);

    fireEvent.click(await screen.findByRole('button', { name: 'Show text of scan.pdf' }));
    expect(await screen.findByText(/No text could be read from this document: it holds none/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show text of cv.docx' }));
    expect(await screen.findByText(/could not be read: the file is damaged/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Text read from cv.docx' })).toBeTruthy();
    expect(container.querySelector('pre')).toBeNull();
    // Hiding it again takes the text away.
    fireEvent.click(screen.getByRole('button', { name: 'Hide text of cv.docx' }));
    expect(screen.queryByText(/could not be read: the file is damaged/)).toBeNull();
  });

  it('says where documents come from when there are none', async () => {
    fakeServer({ [listPath]: ok({ items: [] }) });
    renderWithApi(<DocumentsSection candidateId={candidateId} />);
    expect(
      await screen.findByText('No documents yet. Resumes sent on the careers site appear here.'),
    ).toBeTruthy();
  });
});

describe('document details', () => {
  it('gives sizes in KB below a megabyte and in MB above', () => {
    expect(formatFileSize(0)).toBe('0 KB');
    expect(formatFileSize(200)).toBe('1 KB');
    expect(formatFileSize(48_000)).toBe('47 KB');
    expect(formatFileSize(1024 * 1024)).toBe('1 MB');
    expect(formatFileSize(2_500_000)).toBe('2.4 MB');
  });
  it('names the staff user who added a document, or says the candidate sent it', () => {
    expect(documentSender({ uploadedBy: null })).toBe('Sent by the candidate');
    expect(documentSender({ uploadedBy: { id: candidateId, name: 'Ava Thompson' } })).toBe(
      'Added by Ava Thompson',
    );
  });
});
