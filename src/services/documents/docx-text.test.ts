import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deflateBomb, documentXml, makeDocx } from './document-fixtures.ts';
import { extractDocxText } from './docx-text.ts';
import { DocumentError } from './errors.ts';

function refusal(run: () => unknown): DocumentError {
  try {
    run();
  } catch (error) {
    if (error instanceof DocumentError) return error;
    throw error;
  }
  throw new Error('expected a DocumentError');
}

const XXE_PROLOG = '<!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';

describe('extractDocxText', () => {
  it('gives the text of a Word document, headers first and footers last', () => {
    const docx = makeDocx(documentXml(['Jane Doe', 'Forklift operator']), {
      extra: [
        { name: 'word/footer1.xml', data: documentXml(['Page footer']) },
        { name: 'word/header2.xml', data: documentXml(['Second header']) },
        { name: 'word/header1.xml', data: documentXml(['jane@example.com']) },
      ],
    });
    expect(extractDocxText(docx)).toBe(
      'jane@example.com\n\nSecond header\n\nJane Doe\nForklift operator\n\nPage footer\n',
    );
  });

  it('gives only blanks for a document without text', () => {
    expect(extractDocxText(makeDocx(documentXml([]))).trim()).toBe('');
    expect(extractDocxText(makeDocx(documentXml(['  ', '']))).trim()).toBe('');
  });

  it('keeps a script in the text as literal text', () => {
    const text = extractDocxText(makeDocx(documentXml(['<script>alert(1)</script>'])));
    expect(text).toBe('<script>alert(1)</script>\n');
  });

  it('refuses a document declaring an external entity, and never reads the file it names', () => {
    const passwd = readFileSync('/etc/passwd', 'utf8');
    const xml = documentXml({ raw: '<w:p><w:r><w:t>Name: &xxe;</w:t></w:r></w:p>' }, XXE_PROLOG);
    const error = refusal(() => extractDocxText(makeDocx(xml)));
    expect(error.code).toBe('xml-entities');
    expect(`${error.message} ${error.detail}`).not.toContain(passwd.split('\n')[0]);
    // The same in a header.
    const inHeader = makeDocx(documentXml(['Jane']), { extra: [{ name: 'word/header1.xml', data: xml }] });
    expect(refusal(() => extractDocxText(inHeader)).code).toBe('xml-entities');
  });

  it('leaves an undeclared entity as the characters it is', () => {
    const xml = documentXml({ raw: '<w:p><w:r><w:t>Name: &xxe;</w:t></w:r></w:p>' });
    expect(extractDocxText(makeDocx(xml))).toBe('Name: &xxe;\n');
  });

  it('refuses a zip bomb quickly, whether it declares its size or lies about it', () => {
    const started = performance.now();
    // Declared honestly: 1 GiB once inflated. Refused from the central directory.
    const honest = makeDocx(documentXml(['x']), {
      documentEntry: { data: undefined, deflated: deflateBomb(1024), declaredSize: 1024 * 1024 * 1024 },
    });
    expect(refusal(() => extractDocxText(honest)).code).toBe('too-large');
    // Declared as 100 kB (a plausible ratio for 2 MB compressed), really 2 GiB: stopped once past 100 kB.
    const liar = makeDocx(documentXml(['x']), {
      documentEntry: { data: undefined, deflated: deflateBomb(2048), declaredSize: 100_000 },
    });
    expect(refusal(() => extractDocxText(liar)).code).toBe('zip-bomb');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a document with a macro project', () => {
    const docx = makeDocx(documentXml(['x']), {
      extra: [{ name: 'word/vbaProject.bin', data: 'Attribute VB_Name' }],
    });
    expect(refusal(() => extractDocxText(docx)).code).toBe('macros');
  });
});
