/**
 * @module The text of a PDF, through PDF.js as unpdf packages it for servers (Node 20 included). Nothing in the file
 * is run or fetched: no eval (fonts' glyph programs are interpreted, not compiled into functions), no system or web
 * fonts, no CMap or font data loaded from anywhere, no XFA forms; only the first `MAX_PDF_PAGES` pages are read and
 * reading stops at `MAX_PDF_CHARS`. Run it in the extraction worker (`extract.ts`): PDF.js is big and a hostile file
 * can still make it slow.
 */
import { getDocumentProxy } from 'unpdf';
import { DocumentError } from './errors.ts';

/** The pages read from one PDF. */
export const MAX_PDF_PAGES = 30;
/** The most characters collected before normalizing (normalizing caps the result again). */
const MAX_PDF_CHARS = 200_000;

/** The options that keep PDF.js from running or fetching anything. */
const pdfOptions = {
  isEvalSupported: false,
  useSystemFonts: false,
  disableFontFace: true,
  enableXfa: false,
  useWorkerFetch: false,
  disableAutoFetch: true,
  disableStream: true,
  disableRange: true,
  isOffscreenCanvasSupported: false,
  isImageDecoderSupported: false,
  verbosity: 0,
} as const;

function refusal(error: unknown): DocumentError {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException') {
    return new DocumentError('encrypted', 'This PDF is password-protected.', 'password');
  }
  return new DocumentError(
    'damaged',
    'This PDF appears to be damaged.',
    String((error as Error)?.message ?? error),
  );
}

/** The text of a PDF's first pages, not normalized; throws a `DocumentError` when it cannot be read. */
export async function extractPdfText(bytes: Uint8Array): Promise<string> {
  // PDF.js may take over (detach) the buffer it is given: give it its own copy.
  const pdf = await getDocumentProxy(bytes.slice(), { ...pdfOptions }).catch((error: unknown) => {
    throw refusal(error);
  });
  try {
    const pages: string[] = [];
    let length = 0;
    const last = Math.min(pdf.numPages, MAX_PDF_PAGES);
    for (let number = 1; number <= last && length < MAX_PDF_CHARS; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const parts: string[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        parts.push(item.str, item.hasEOL ? '\n' : '');
        length += item.str.length + 1;
        if (length >= MAX_PDF_CHARS) break;
      }
      pages.push(parts.join(''));
      page.cleanup();
    }
    return pages.join('\n\n').slice(0, MAX_PDF_CHARS);
  } catch (error) {
    throw error instanceof DocumentError ? error : refusal(error);
  } finally {
    await pdf.destroy();
  }
}
