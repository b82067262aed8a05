import { describe, expect, it } from 'vitest';
import { DocumentError } from './errors.ts';
import { decodeEntities, decodeXml, refuseDeclarations, wordText } from './wordml.ts';

const run = (text: string, attributes = '') => `<w:r><w:t${attributes}>${text}</w:t></w:r>`;
const para = (...runs: string[]) => `<w:p><w:pPr><w:jc w:val="left"/></w:pPr>${runs.join('')}</w:p>`;

describe('wordText', () => {
  it('reads runs, paragraphs, tabs and breaks', () => {
    const xml =
      para(run('Jane'), run(' Doe', ' xml:space="preserve"')) +
      para(run('a'), '<w:r><w:tab/></w:r>', run('b'), '<w:r><w:br/></w:r>', run('c'));
    expect(wordText(xml, 1000)).toBe('Jane Doe\na\tb\nc\n');
  });

  it('leaves out tab-stop definitions, deleted text, field codes, moved-away text and the fallback copy', () => {
    const xml =
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>' +
      '<w:del><w:r><w:delText>gone</w:delText></w:r></w:del>' +
      '<w:r><w:instrText> HYPERLINK "http://x" </w:instrText></w:r>' +
      '<w:moveFrom><w:r><w:t>moved</w:t></w:r></w:moveFrom>' +
      '<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>box</w:t></w:r></mc:Choice>' +
      '<mc:Fallback><w:r><w:t>box</w:t></w:r></mc:Fallback></mc:AlternateContent>' +
      `${run('kept')}</w:p>`;
    expect(wordText(xml, 1000)).toBe('boxkept\n');
  });

  it('keeps markup-looking text as the literal text it is', () => {
    const xml = para(run('&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; &#x41;&#66; &quot;q&quot; &apos;'));
    expect(wordText(xml, 1000)).toBe('<script>alert(1)</script> &amp; AB "q" \'\n');
  });

  it('reads attributes holding ">" and skips comments and processing instructions', () => {
    const xml = `<!-- <w:t>no</w:t> --><?mso x="<w:t>no</w:t>"?><w:p w:rsidR="a>b">${run('yes')}</w:p>`;
    expect(wordText(xml, 1000)).toBe('yes\n');
  });

  it('stops at the character cap', () => {
    expect(wordText(para(run('x'.repeat(50))).repeat(10), 120)).toHaveLength(120);
  });

  it('takes linear time on malformed input', () => {
    const started = performance.now();
    for (const hostile of ['<a '.repeat(300_000), '<!--'.repeat(300_000), `<w:t>${'<a "'.repeat(300_000)}`]) {
      wordText(hostile, 1000);
    }
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('decodeEntities', () => {
  it('decodes the predefined entities and character references, and nothing else', () => {
    expect(decodeEntities('&lt;&gt;&amp;&quot;&apos;&#233;&#x1F600;')).toBe('<>&"\'é😀');
    expect(decodeEntities('&xxe; &nbsp; &#0; &#xD800; &#x110000;')).toBe('&xxe; &nbsp; \uFFFD \uFFFD \uFFFD');
  });
});

describe('refuseDeclarations', () => {
  it('refuses a DOCTYPE, an ENTITY or any other markup declaration', () => {
    for (const xml of [
      '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document/>',
      '<!ENTITY a "b">',
      '<!doctype html>',
      '<!ELEMENT x ANY>',
    ]) {
      expect(() => refuseDeclarations(xml, 'word/document.xml')).toThrow(DocumentError);
    }
    expect(() => refuseDeclarations('<!-- c --><![CDATA[x]]><w:t/>', 'word/document.xml')).not.toThrow();
  });
});

describe('decodeXml', () => {
  it('reads UTF-8 and, with a byte-order mark, UTF-16', () => {
    expect(decodeXml(new Uint8Array(Buffer.from('\uFEFF<a>é</a>', 'utf8')))).toBe('<a>é</a>');
    expect(decodeXml(new Uint8Array([0xff, 0xfe, ...Buffer.from('<a>é</a>', 'utf16le')]))).toBe('<a>é</a>');
    const be = Buffer.from('<a>é</a>', 'utf16le').swap16();
    expect(decodeXml(new Uint8Array([0xfe, 0xff, ...be]))).toBe('<a>é</a>');
  });
});
