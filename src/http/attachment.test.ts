import { describe, expect, it } from 'vitest';
import { MAX_FILENAME_LENGTH } from '../services/documents/sniff.ts';
import { attachmentDisposition, safeMediaType } from './attachment.ts';

/** The name a browser reads from `filename*` (RFC 8187: UTF-8, percent-encoded). */
const extName = (header: string) => decodeURIComponent(/filename\*=UTF-8''([^;\s]*)$/.exec(header)![1]!);
const quotedName = (header: string) => /filename="([^"]*)"/.exec(header)![1]!;

describe('Content-Disposition for a kept file', () => {
  it('carries a plain name as it is, in both forms', () => {
    const header = attachmentDisposition('Resume 2026.pdf');
    expect(header).toBe(`attachment; filename="Resume 2026.pdf"; filename*=UTF-8''Resume%202026.pdf`);
  });

  it('keeps letters of any script in filename* and gives old clients an ASCII stand-in', () => {
    // The name is cleaned as on upload (safeFilename): the dash, not a letter or digit, becomes `_`.
    const header = attachmentDisposition('Zoë Łukasiewicz – CV 履歴書.pdf');
    expect(extName(header)).toBe('Zoë Łukasiewicz _ CV 履歴書.pdf');
    expect(quotedName(header)).toBe('Zo_ _ukasiewicz _ CV ___.pdf');
  });

  it.each([
    ['header injection', 'cv.pdf\r\nSet-Cookie: wp_session=stolen', 'cv.pdfSet-Cookie_ wp_session_stolen'],
    ['a path', '../../etc/passwd', 'passwd'],
    ['a Windows path', 'C:\\Users\\x\\cv.pdf', 'cv.pdf'],
    ['a hidden file', '...htaccess', 'document.htaccess'],
    ['a bidi override that hides the real extension', 'invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['zero-width characters', 'c\u200Bv.pdf', 'cv.pdf'],
    ['quotes, semicolons and percent signs', 'a";b%22;c.pdf', 'a_b_22_c.pdf'],
    ['nothing left', '\u0000\u0001/', 'document'],
  ])('neutralises %s', (_what, hostile, saved) => {
    const header = attachmentDisposition(hostile);
    // One header line of printable ASCII: nothing can end it early or start another.
    expect(header).toMatch(/^[\x20-\x7e]+$/);
    expect(header.startsWith('attachment; ')).toBe(true);
    expect(extName(header)).toBe(saved);
    // The name a browser saves under: no folder, no leading dot, no control, format (bidi, zero-width) or private-use
    // character.
    expect(extName(header)).not.toMatch(/[/\\]|^\.|[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}]/u);
    // The quoted stand-in can neither close its quotes nor escape out of them.
    expect(quotedName(header)).not.toMatch(/["\\%]/);
    expect(header.match(/filename\*=/g)).toHaveLength(1);
  });

  it('bounds a very long name, keeping its extension', () => {
    const name = extName(attachmentDisposition(`${'a'.repeat(500)}.pdf`));
    expect(Array.from(name)).toHaveLength(MAX_FILENAME_LENGTH);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});

describe('the media type a download is sent as', () => {
  it('is the kept one when it is a plain type/subtype, and opaque bytes otherwise', () => {
    expect(safeMediaType('application/pdf')).toBe('application/pdf');
    expect(safeMediaType('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(safeMediaType('text/html; charset=utf-8')).toBe('application/octet-stream');
    expect(safeMediaType('application/pdf\r\nX-Evil: 1')).toBe('application/octet-stream');
    expect(safeMediaType('')).toBe('application/octet-stream');
  });
});
