/**
 * @module The text of WordprocessingML parts, read without an XML parser: nothing is fetched and no entity is ever
 * expanded. A part holding a DOCTYPE or any other markup declaration (the shape of an XXE or billion-laughs attack) is
 * refused outright; otherwise only the five predefined entities and numeric character references are decoded, and
 * any other `&name;` stays as the literal characters it is.
 */
import { DocumentError } from './errors.ts';

/** Decodes a part's bytes: UTF-8 unless a byte-order mark says UTF-16. */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
}

// `<!` may only open a comment or a CDATA section; anything else is a markup declaration (DOCTYPE, ENTITY, ...).
const DECLARATION = /<!(?!--|\[CDATA\[)/;

/** Throws a `DocumentError` ('xml-entities') when the XML declares a DOCTYPE, an entity or any other markup. */
export function refuseDeclarations(xml: string, part: string): void {
  if (DECLARATION.test(xml)) {
    throw new DocumentError(
      'xml-entities',
      'This Word document contains content we do not accept.',
      `markup declaration in ${part}`,
    );
  }
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const REFERENCE = /&(#x[0-9a-fA-F]{1,8}|#[0-9]{1,10}|lt|gt|amp|quot|apos);/g;

function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/** Decodes the five predefined entities and numeric character references (invalid ones become U+FFFD). */
export function decodeEntities(text: string): string {
  return text.replace(REFERENCE, (_, ref: string) => {
    if (ref[0] !== '#') return PREDEFINED[ref] ?? '';
    const cp = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    return isXmlChar(cp) ? String.fromCodePoint(cp) : '\uFFFD';
  });
}

// Elements whose content is not the document's visible text: tab-stop definitions (`w:tabs` holds `w:tab` elements
// that are not tabs), the fallback copy of alternate content (its text is also in `mc:Choice`) and text moved away.
const SKIPPED = new Set(['w:tabs', 'mc:Fallback', 'w:moveFrom']);

/** The index of the `>` closing the tag whose name starts at `from` (quotes may hold `>`), or -1 if it is malformed. */
function tagEnd(xml: string, from: number): number {
  let quote = '';
  for (let i = from; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '<') return -1;
    } else if (c === '>') {
      return i;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '<') {
      return -1;
    }
  }
  return -1;
}

/**
 * The visible text of a WordprocessingML part: `w:t` runs, `w:tab` as a tab, `w:br`/`w:cr` and each paragraph's end
 * as a newline. Stops once `maxChars` are collected, and at the first malformed construct (so every character is
 * looked at a bounded number of times, whatever the input). Deleted text (`w:delText`) and field codes are not `w:t`,
 * so they are left out. Call `refuseDeclarations` first.
 */
export function wordText(xml: string, maxChars: number): string {
  const out: string[] = [];
  let length = 0;
  let inText = 0;
  let skipped = 0;
  const emit = (s: string) => {
    out.push(s);
    length += s.length;
  };
  const text = (s: string) => {
    if (inText > 0 && skipped === 0) emit(s);
  };
  let i = 0;
  while (i < xml.length && length < maxChars) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt === -1 ? xml.length : lt;
    if (textEnd > i) text(decodeEntities(xml.slice(i, textEnd)));
    if (lt === -1) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end === -1) break;
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end === -1) break;
      text(xml.slice(lt + 9, end));
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2);
      if (end === -1) break;
      i = end + 2;
      continue;
    }
    const gt = tagEnd(xml, lt + 1);
    if (gt === -1) break;
    i = gt + 1;
    const tag = xml.slice(lt + 1, gt);
    const closing = tag.startsWith('/');
    const selfClosing = tag.endsWith('/');
    const name = /^\/?([^\s/]+)/.exec(tag)?.[1];
    if (name === undefined) continue;
    if (SKIPPED.has(name)) {
      if (closing) skipped = Math.max(0, skipped - 1);
      else if (!selfClosing) skipped++;
      continue;
    }
    if (skipped > 0) continue;
    if (name === 'w:t') {
      if (closing) inText = Math.max(0, inText - 1);
      else if (!selfClosing) inText++;
      continue;
    }
    if (name === 'w:p') {
      if (closing || selfClosing) emit('\n');
      continue;
    }
    if (closing) continue;
    if (name === 'w:tab') emit('\t');
    else if (name === 'w:br' || name === 'w:cr') emit('\n');
    else if (name === 'w:noBreakHyphen') emit('-');
  }
  return out.join('').slice(0, maxChars);
}
