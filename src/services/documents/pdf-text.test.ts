import { describe, expect, it } from 'vitest';
import { makePdf } from './document-fixtures.ts';
import { DocumentError } from './errors.ts';
import { extractPdfText, MAX_PDF_PAGES } from './pdf-text.ts';

describe('the PDF fixture', () => {
  it('has a cross-reference table whose offsets point at its objects', () => {
    const pdf = Buffer.from(makePdf(['Jane Doe'], { pages: 2 })).toString('latin1');
    const startxref = Number(/startxref\n(\d+)/.exec(pdf)?.[1]);
    expect(pdf.slice(startxref, startxref + 4)).toBe('xref');
    const entries = pdf.slice(startxref).match(/^\d{10} 00000 n $/gm) ?? [];
    expect(entries).toHaveLength(7);
    entries.forEach((entry, i) => {
      const offset = Number(entry.slice(0, 10));
      expect(pdf.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`);
    });
  });
});

describe('extractPdfText', () => {
  it('gives the text of a PDF', async () => {
    expect(await extractPdfText(makePdf(['Jane Doe', 'Forklift operator']))).toBe(
      'Jane Doe\nForklift operator',
    );
  });

  it('reads a compressed content stream', async () => {
    const pdf = makePdf([], { content: 'BT /F1 12 Tf 72 720 Td (Jane Doe) Tj ET', deflate: true });
    expect(await extractPdfText(pdf)).toBe('Jane Doe');
  });

  it('keeps a script in the text as literal text', async () => {
    expect(await extractPdfText(makePdf(['<script>alert(1)</script>']))).toBe('<script>alert(1)</script>');
  });

  it('gives no text for a page without any', async () => {
    expect(await extractPdfText(makePdf([], { content: '0 0 m 100 100 l S' }))).toBe('');
  });

  it(`reads the first ${MAX_PDF_PAGES} pages only`, async () => {
    const text = await extractPdfText(makePdf(['Jane Doe'], { pages: MAX_PDF_PAGES + 5 }));
    expect(text).toContain(`Page ${MAX_PDF_PAGES}\n`.trim());
    expect(text).not.toContain(`Page ${MAX_PDF_PAGES + 1}`);
  });

  it('refuses what is not a PDF with a DocumentError', async () => {
    await expect(
      extractPdfText(new Uint8Array(Buffer.from('%PDF-1.4\nnothing else'))),
    ).rejects.toBeInstanceOf(DocumentError);
  });
});
